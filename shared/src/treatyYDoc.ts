import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { treatyNodeFromFragment } from './schema/treatyNodeFromFragment.ts';
import { treatySchema } from './schema/treatySchemaExtensions.ts';
import { EMPTY_CLAUSE_TAGS, readTreatyTags } from './tags/readTreatyTags.ts';
import { addCommitment, setClauseDomain, setParty, setThreshold } from './tags/writeTags.ts';
import { treatyFromNode } from './treatyFromNode.ts';
import { newClauseId } from './treatyId.ts';
import { CLAUSE_ID_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import type { ClauseDraft, TreatyDraft, TreatyJSON } from './treatyModel.ts';

/**
 * Reads the treaty held in a Y.Doc (see treatyLayout.ts and tags/tagsLayout.ts) into plain data.
 * Writes nothing: what the schema cannot hold is left out of the result, not deleted from the doc.
 */
export function treatyFromYDoc(doc: Y.Doc): TreatyJSON {
  const text = treatyFromNode(treatyNodeFromFragment(doc.getXmlFragment(TREATY_FRAGMENT)));
  const tags = readTreatyTags(doc);
  return {
    ...text,
    parties: tags.parties,
    domains: tags.domains,
    clauses: text.clauses.map((clause) => ({
      ...clause,
      ...(tags.byClause.get(clause.clauseId) ?? EMPTY_CLAUSE_TAGS),
    })),
  };
}

/** Writes a new treaty, with its parties and clause tags, into an empty Y.Doc. */
export function writeTreatyToYDoc(doc: Y.Doc, draft: TreatyDraft): void {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  if (fragment.length > 0) throw new Error('writeTreatyToYDoc needs an empty document');
  const json = treatyDraftToJSON(draft);
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(treatySchema(), json, fragment);
    for (const party of draft.parties ?? []) setParty(doc, party);
    const clauseIds = (json.content ?? [])
      .filter((node) => node.type === TreatyNode.clause)
      .map((node) => node.attrs?.[CLAUSE_ID_ATTR] as string);
    draft.clauses.forEach((clause, index) => {
      const clauseId = clauseIds[index];
      if (!clauseId) return;
      for (const domain of clause.domains ?? []) setClauseDomain(doc, clauseId, domain, true);
      if (clause.threshold) setThreshold(doc, clauseId, clause.threshold);
      for (const commitment of clause.commitments ?? []) addCommitment(doc, clauseId, commitment);
    });
  });
}

/** The ProseMirror JSON of a treaty draft, checked against the schema. */
export function treatyDraftToJSON(draft: TreatyDraft): JSONContent {
  const preamble = draft.preamble.length > 0 ? draft.preamble : [''];
  const json: JSONContent = {
    type: TreatyNode.doc,
    content: [
      { type: TreatyNode.title, content: textContent(draft.title) },
      { type: TreatyNode.preamble, content: preamble.map(paragraph) },
      ...draft.clauses.map(clauseJSON),
    ],
  };
  treatySchema().nodeFromJSON(json).check();
  return json;
}

/** A clause node as ProseMirror JSON; a new clauseId unless one is given. */
export function clauseJSON(clause: ClauseDraft): JSONContent {
  const paragraphs = clause.paragraphs.length > 0 ? clause.paragraphs : [''];
  return {
    type: TreatyNode.clause,
    attrs: { [CLAUSE_ID_ATTR]: clause.clauseId ?? newClauseId() },
    content: [
      { type: TreatyNode.clauseHeading, content: textContent(clause.heading) },
      {
        type: TreatyNode.clauseBody,
        content: paragraphs.map((entry) =>
          typeof entry === 'string' ? paragraph(entry) : orderedList(entry),
        ),
      },
    ],
  };
}

function textContent(text: string): JSONContent[] | undefined {
  return text === '' ? undefined : [{ type: 'text', text }];
}

function paragraph(text: string): JSONContent {
  return { type: 'paragraph', content: textContent(text) };
}

function orderedList(items: string[]): JSONContent {
  return {
    type: 'orderedList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}
