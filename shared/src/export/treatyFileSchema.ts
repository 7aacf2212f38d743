import { z } from 'zod';
import { isLanguageCode } from '../languages/languageCodes.ts';
import { Commitment, Party, Threshold } from '../tags/tagSchemas.ts';
import { TREATY_FILE_FORMAT } from './treatyFile.ts';

// The schema an imported treaty file must fit, apart from treatyFile.ts: the editor writes
// treaty files (a held copy) without reading them, and so without zod.

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
