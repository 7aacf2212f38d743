import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { DEFAULT_LANGUAGES, writeLanguages } from '../languages/languagesLayout.ts';
import { treatySchema } from '../schema/treatySchemaExtensions.ts';
import { fragmentProblem } from '../schema/treatyStructure.ts';
import { DEFAULT_DOMAINS } from '../tags/vocabulary.ts';
import {
  addCommitment,
  addCustomDomain,
  setClauseDomain,
  setParty,
  setThreshold,
} from '../tags/writeTags.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from '../treatyLayout.ts';
import type { TreatyJSON } from '../treatyModel.ts';
import type { VersionMeta } from '../versionsApi.ts';
import type { TreatyFile } from './treatyFileSchema.ts';

/**
 * A whole treaty as one JSON file, for backup and migration: its text (rich),
 * tags, parties and own domains, plus the list of its versions (metadata
 * only). Importing it creates a new treaty. Agreement records (sign-offs,
 * brackets…) name members of the source treaty and are not carried over.
 */
export const TREATY_FILE_FORMAT = 'pactum-treaty';

export function treatyFile(treaty: TreatyJSON, versions: VersionMeta[], exportedAt: string): TreatyFile {
  return {
    format: TREATY_FILE_FORMAT,
    formatVersion: 2,
    exportedAt,
    treaty: {
      languages: treaty.languages,
      titles: treaty.titles,
      preambles: treaty.preambles,
      parties: treaty.parties,
      domains: treaty.domains.map(({ key, label, color }) => ({ key, label, color })),
      clauses: treaty.clauses.map(({ clauseId, texts, domains, threshold, commitments }) => ({
        clauseId,
        texts: Object.fromEntries(
          Object.entries(texts).map(([lang, text]) => [
            lang,
            { heading: text.heading, body: text.body as Array<Record<string, unknown>> },
          ]),
        ),
        domains,
        threshold,
        commitments,
      })),
    },
    versions: versions as unknown as Array<Record<string, unknown>>,
  };
}

const text = (value: string) => (value ? [{ type: 'text', text: value }] : []);

/**
 * Writes an imported treaty into an empty Y.Doc, keeping clause and
 * commitment ids. Throws (ProseMirror's RangeError, or a TagInputError) on
 * content the schema or the tag rules refuse; nothing usable is half-written
 * because the caller discards the doc on error.
 */
export function writeTreatyFileToYDoc(doc: Y.Doc, file: TreatyFile): void {
  const { treaty } = file;
  const languages = treaty.languages ?? [...DEFAULT_LANGUAGES];
  const first = languages[0] as string;
  // A format-1 file: its text is the first (only) language's.
  const titleIn = (lang: string) => treaty.titles?.[lang] ?? (lang === first ? (treaty.title ?? '') : '');
  const preambleIn = (lang: string) =>
    treaty.preambles?.[lang] ?? (lang === first ? (treaty.preamble ?? '') : '');
  const clauseIn = (clause: TreatyFile['treaty']['clauses'][number], lang: string) =>
    clause.texts?.[lang] ??
    (lang === first ? { heading: clause.heading ?? '', body: clause.body ?? [] } : { heading: '', body: [] });
  const json = {
    type: TreatyNode.doc,
    content: [
      {
        type: TreatyNode.title,
        content: languages.map((lang) => ({
          type: TreatyNode.titleText,
          attrs: { [LANG_ATTR]: lang },
          content: text(titleIn(lang)),
        })),
      },
      {
        type: TreatyNode.preamble,
        content: languages.map((lang) => ({
          type: TreatyNode.preambleText,
          attrs: { [LANG_ATTR]: lang },
          content: preambleIn(lang)
            .split('\n')
            .map((p) => ({ type: 'paragraph', content: text(p) })),
        })),
      },
      ...treaty.clauses.map((clause) => ({
        type: TreatyNode.clause,
        attrs: { [CLAUSE_ID_ATTR]: clause.clauseId },
        content: languages.map((lang) => {
          const { heading, body } = clauseIn(clause, lang);
          return {
            type: TreatyNode.clauseText,
            attrs: { [LANG_ATTR]: lang },
            content: [
              { type: TreatyNode.clauseHeading, content: text(heading) },
              { type: TreatyNode.clauseBody, content: body.length > 0 ? body : [{ type: 'paragraph' }] },
            ],
          };
        }),
      })),
    ],
  };
  const ids = new Set(treaty.clauses.map((clause) => clause.clauseId));
  if (ids.size !== treaty.clauses.length) throw new RangeError('two articles have the same clauseId');
  treatySchema().nodeFromJSON(json).check();
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    writeLanguages(doc, languages);
    prosemirrorJSONToYXmlFragment(treatySchema(), json, fragment);
    // ProseMirror drops unknown attributes but takes any value; the server's rules are stricter.
    const problem = fragmentProblem(fragment);
    if (problem) throw new RangeError(problem);
    for (const party of treaty.parties) setParty(doc, party);
    for (const domain of treaty.domains) {
      if (!DEFAULT_DOMAINS.some((d) => d.key === domain.key)) addCustomDomain(doc, domain);
    }
    let order = 0;
    for (const clause of treaty.clauses) {
      for (const domain of clause.domains) setClauseDomain(doc, clause.clauseId, domain, true);
      if (clause.threshold) setThreshold(doc, clause.clauseId, clause.threshold);
      for (const { id, ...commitment } of clause.commitments) {
        addCommitment(doc, clause.clauseId, commitment, { id, addedAt: ++order });
      }
    }
  });
}

/** `file` with its title (in its first language) replaced by `title`: a copy to import beside the original. */
export function withTitle(file: TreatyFile, title: string): TreatyFile {
  const first = file.treaty.languages?.[0];
  return {
    ...file,
    treaty: first
      ? { ...file.treaty, titles: { ...file.treaty.titles, [first]: title } }
      : { ...file.treaty, title },
  };
}
