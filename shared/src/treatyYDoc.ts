import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { isLanguageCode } from './languages/languageCodes.ts';
import { DEFAULT_LANGUAGES, readLanguages, writeLanguages } from './languages/languagesLayout.ts';
import { treatyNodeFromFragment } from './schema/treatyNodeFromFragment.ts';
import { treatySchema } from './schema/treatySchemaExtensions.ts';
import { EMPTY_CLAUSE_TAGS, readTreatyTags } from './tags/readTreatyTags.ts';
import { addCommitment, setClauseDomain, setParty, setThreshold } from './tags/writeTags.ts';
import { treatyFromNode } from './treatyFromNode.ts';
import { newClauseId } from './treatyId.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import type { ClauseDraft, LanguageDraft, TreatyDraft, TreatyJSON } from './treatyModel.ts';

/**
 * Reads the treaty held in a Y.Doc (see treatyLayout.ts and tags/tagsLayout.ts) into plain data.
 * Writes nothing: what the schema cannot hold is left out of the result, not deleted from the doc.
 */
export function treatyFromYDoc(doc: Y.Doc, lang?: string): TreatyJSON {
  const text = treatyFromNode(treatyNodeFromFragment(doc.getXmlFragment(TREATY_FRAGMENT)), {
    languages: readLanguages(doc),
    lang,
  });
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
    writeLanguages(doc, draftLanguages(draft));
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

function draftLanguages(draft: TreatyDraft): string[] {
  const languages = draft.languages ?? DEFAULT_LANGUAGES;
  const bad = languages.find((code) => !isLanguageCode(code));
  if (bad !== undefined || languages.length === 0 || new Set(languages).size !== languages.length) {
    throw new Error(`a treaty's languages are distinct ISO 639-1 codes, not ${JSON.stringify(languages)}`);
  }
  return [...languages];
}

/** The draft's text in `lang`: the draft's own for its first language, else its translation or nothing. */
function languageDraft(draft: TreatyDraft, lang: string, first: boolean): LanguageDraft {
  if (first) return draft;
  return draft.translations?.[lang] ?? { title: '', preamble: [], clauses: [] };
}

/** The ProseMirror JSON of a treaty draft, checked against the schema. */
export function treatyDraftToJSON(draft: TreatyDraft): JSONContent {
  const languages = draftLanguages(draft);
  const texts = languages.map((lang, i) => ({ lang, text: languageDraft(draft, lang, i === 0) }));
  const json: JSONContent = {
    type: TreatyNode.doc,
    content: [
      {
        type: TreatyNode.title,
        content: texts.map(({ lang, text }) => ({
          type: TreatyNode.titleText,
          attrs: { [LANG_ATTR]: lang },
          content: textContent(text.title),
        })),
      },
      {
        type: TreatyNode.preamble,
        content: texts.map(({ lang, text }) => ({
          type: TreatyNode.preambleText,
          attrs: { [LANG_ATTR]: lang },
          content: (text.preamble.length > 0 ? text.preamble : ['']).map(paragraph),
        })),
      },
      ...draft.clauses.map((clause, index) =>
        clauseJSON({
          ...clause,
          texts: texts.map(({ lang, text }) => ({
            lang,
            ...(text.clauses[index] ?? { heading: '', paragraphs: [] }),
          })),
        }),
      ),
    ],
  };
  treatySchema().nodeFromJSON(json).check();
  return json;
}

/** A clause's text in each language, as clauseJSON takes it. */
export interface ClauseLanguageDraft extends Pick<ClauseDraft, 'heading' | 'paragraphs'> {
  lang: string;
}

/** A clause node as ProseMirror JSON, its text in each of `texts`; a new clauseId unless one is given. */
export function clauseJSON(clause: { clauseId?: string; texts: ClauseLanguageDraft[] }): JSONContent {
  return {
    type: TreatyNode.clause,
    attrs: { [CLAUSE_ID_ATTR]: clause.clauseId ?? newClauseId() },
    content: clause.texts.map(({ lang, heading, paragraphs }) => ({
      type: TreatyNode.clauseText,
      attrs: { [LANG_ATTR]: lang },
      content: [
        { type: TreatyNode.clauseHeading, content: textContent(heading) },
        {
          type: TreatyNode.clauseBody,
          content: (paragraphs.length > 0 ? paragraphs : ['']).map((entry) =>
            typeof entry === 'string' ? paragraph(entry) : orderedList(entry),
          ),
        },
      ],
    })),
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
