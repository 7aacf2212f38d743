import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { z } from 'zod';
import { isLanguageCode } from '../languages/languageCodes.ts';
import { DEFAULT_LANGUAGES, writeLanguages } from '../languages/languagesLayout.ts';
import { treatySchema } from '../schema/treatySchemaExtensions.ts';
import { fragmentProblem } from '../schema/treatyStructure.ts';
import { Commitment, Party, Threshold } from '../tags/tagSchemas.ts';
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

/**
 * A whole treaty as one JSON file, for backup and migration: its text (rich),
 * tags, parties and own domains, plus the list of its versions (metadata
 * only). Importing it creates a new treaty. Agreement records (sign-offs,
 * brackets…) name members of the source treaty and are not carried over.
 */
export const TREATY_FILE_FORMAT = 'pactum-treaty';

const LanguageCode = z.string().refine(isLanguageCode, 'must be an ISO 639-1 language code such as "uk"');
const Body = z.array(z.record(z.string(), z.unknown())).max(10_000);

const ClauseFile = z.object({
  clauseId: z.string().regex(/^c-[a-z0-9]{6,24}$/, 'must be a clause id like c-ab12cd34ef56'),
  /** Format 1: the article's only text. */
  heading: z.string().max(500).optional(),
  body: Body.optional(),
  /** Format 2: the article in each language of the treaty. */
  texts: z.record(LanguageCode, z.object({ heading: z.string().max(500), body: Body })).optional(),
  domains: z.array(z.string()).max(50),
  threshold: Threshold.nullable(),
  commitments: z
    .array(
      Commitment.and(z.object({ id: z.string().regex(/^m-[a-z0-9]{6,24}$/, 'must be a commitment id') })),
    )
    .max(500),
});

const Title = z.string().trim().min(1, 'must not be empty').max(300);

/**
 * Format 1 holds one text (English): `title`, `preamble`, each clause's
 * `heading` and `body`. Format 2 holds the text in each of `languages`:
 * `titles`, `preambles`, each clause's `texts`, complete for every language,
 * and nothing else, so that a file cannot say two things about one text.
 */
export const TreatyFile = z
  .object({
    format: z.literal(TREATY_FILE_FORMAT, `must be "${TREATY_FILE_FORMAT}"`),
    formatVersion: z.union([z.literal(1), z.literal(2)], 'must be 1 or 2 (the versions this server reads)'),
    exportedAt: z.string().optional(),
    treaty: z.object({
      languages: z
        .array(LanguageCode)
        .min(1)
        .max(24)
        .refine((codes) => new Set(codes).size === codes.length, 'must not name a language twice')
        .optional(),
      title: Title.optional(),
      preamble: z.string().max(100_000).optional(),
      titles: z.record(LanguageCode, Title).optional(),
      preambles: z.record(LanguageCode, z.string().max(100_000)).optional(),
      parties: z.array(Party).max(100),
      domains: z.array(z.object({ key: z.string(), label: z.string(), color: z.string() })).max(100),
      clauses: z.array(ClauseFile).min(1, 'a treaty needs at least one article').max(5_000),
    }),
    versions: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .superRefine(({ formatVersion, treaty }, context) => {
    const problem = (path: Array<string | number>, message: string) =>
      context.addIssue({ code: 'custom', path: ['treaty', ...path], message });
    if (formatVersion === 1) {
      for (const key of ['languages', 'titles', 'preambles'] as const) {
        if (treaty[key] !== undefined) problem([key], 'belongs to format 2');
      }
      if (treaty.title === undefined) problem(['title'], 'is required');
      if (treaty.preamble === undefined) problem(['preamble'], 'is required');
      treaty.clauses.forEach((clause, i) => {
        if (clause.texts !== undefined) problem(['clauses', i, 'texts'], 'belongs to format 2');
        if (clause.heading === undefined) problem(['clauses', i, 'heading'], 'is required');
        if (clause.body === undefined) problem(['clauses', i, 'body'], 'is required');
      });
      return;
    }
    const languages = treaty.languages;
    if (!languages) return problem(['languages'], 'is required');
    for (const key of ['title', 'preamble'] as const) {
      if (treaty[key] !== undefined) problem([key], `belongs to format 1; format 2 has ${key}s`);
    }
    for (const lang of languages) {
      if (treaty.titles?.[lang] === undefined) problem(['titles', lang], 'is required for every language');
      if (treaty.preambles?.[lang] === undefined)
        problem(['preambles', lang], 'is required for every language');
    }
    treaty.clauses.forEach((clause, i) => {
      if (clause.heading !== undefined || clause.body !== undefined) {
        problem(['clauses', i], 'has heading and body in format 1 only; format 2 has texts');
      }
      for (const lang of languages) {
        if (clause.texts?.[lang] === undefined)
          problem(['clauses', i, 'texts', lang], 'is required for every language');
      }
    });
  });
export type TreatyFile = z.infer<typeof TreatyFile>;

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
