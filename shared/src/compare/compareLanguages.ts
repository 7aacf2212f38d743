import {
  type ClauseConcordance,
  CONCORDANCE_STATUSES,
  type ConcordanceRecord,
  type ConcordanceStatus,
  clauseConcordance,
} from '../agreement/concordance.ts';
import { clauseLabel } from '../clauseNumber.ts';
import type { TreatyJSON } from '../treatyModel.ts';
import { treatyInLanguage } from './treatyInLanguage.ts';
import { type DiffSegment, wordDiff } from './wordDiff.ts';

/** One side of an article in a comparison of two languages. */
export interface LanguageSide {
  label: string;
  heading: string;
  text: string;
  /** What changed in this language since concordance was confirmed; only for a language that changed. */
  sinceConfirmed?: { heading: DiffSegment[]; text: DiffSegment[] };
}

/** One article in two languages, with where their concordance stands. */
export interface LanguagePairClause extends ClauseConcordance {
  clauseId: string;
  number: number;
  left: LanguageSide;
  right: LanguageSide;
}

/** The two languages of one text of the treaty, article by article. */
export interface LanguageComparison {
  left: string;
  right: string;
  /** Articles per concordance status, over these two languages. */
  counts: Record<ConcordanceStatus, number>;
  title: { left: string; right: string };
  preamble: { left: string; right: string };
  clauses: LanguagePairClause[];
}

/**
 * The texts of `treaty` in languages `left` and `right`, aligned article by
 * article, each with its concordance status over these two languages against
 * its last confirmation (`confirmations`, by clauseId): `outdated` articles
 * name the language that changed and redline it against the confirmed text,
 * `incomplete` ones the language still empty. A language the text does not
 * have yet reads as empty.
 */
export function compareLanguages(
  treaty: TreatyJSON,
  confirmations: ReadonlyMap<string, ConcordanceRecord>,
  left: string,
  right: string,
): LanguageComparison {
  const a = treatyInLanguage(treaty, left);
  const b = treatyInLanguage(treaty, right);
  const counts = Object.fromEntries(CONCORDANCE_STATUSES.map((status) => [status, 0])) as Record<
    ConcordanceStatus,
    number
  >;
  const clauses = a.clauses.map((clause, index): LanguagePairClause => {
    const other = b.clauses[index] ?? clause;
    const pair = { clauseId: clause.clauseId, heading: clause.heading, text: clause.text, body: clause.body };
    const texts = { [left]: clause, [right]: other };
    const record = confirmations.get(clause.clauseId);
    const concordance = clauseConcordance({ ...pair, lang: left, texts }, record);
    counts[concordance.status] += 1;
    const side = (lang: string, read: typeof clause): LanguageSide => {
      const confirmed = concordance.changed.includes(lang) ? record?.texts[lang] : undefined;
      return {
        label: clauseLabel(read.number, lang),
        heading: read.heading,
        text: read.text,
        ...(confirmed && {
          sinceConfirmed: {
            heading: wordDiff(confirmed.heading, read.heading).segments,
            text: wordDiff(confirmed.text, read.text).segments,
          },
        }),
      };
    };
    return {
      clauseId: clause.clauseId,
      number: clause.number,
      ...concordance,
      left: side(left, clause),
      right: side(right, other),
    };
  });
  return {
    left,
    right,
    counts,
    title: { left: a.title, right: b.title },
    preamble: { left: a.preamble, right: b.preamble },
    clauses,
  };
}
