import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { treatySchema } from './schema/treatySchemaExtensions.ts';
import { treatyFromNode } from './treatyFromNode.ts';
import { newClauseId } from './treatyId.ts';
import { CLAUSE_ID_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import type { ClauseDraft, TreatyDraft, TreatyJSON } from './treatyModel.ts';

/** Reads the treaty held in a Y.Doc (see treatyLayout.ts) into plain data. */
export function treatyFromYDoc(doc: Y.Doc): TreatyJSON {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  return treatyFromNode(yXmlFragmentToProseMirrorRootNode(fragment, treatySchema()));
}

/** Writes a new treaty into an empty Y.Doc. */
export function writeTreatyToYDoc(doc: Y.Doc, draft: TreatyDraft): void {
  const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
  if (fragment.length > 0) throw new Error('writeTreatyToYDoc needs an empty document');
  prosemirrorJSONToYXmlFragment(treatySchema(), treatyDraftToJSON(draft), fragment);
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
