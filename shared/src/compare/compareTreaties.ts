import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import { compareTags, type TagChange } from './compareTags.ts';
import { type MaterialChange, materialTextChanges } from './materialChanges.ts';
import { partyNamesIn } from './partyNamesIn.ts';
import { treatyInLanguage } from './treatyInLanguage.ts';
import { type DiffSegment, wordDiff } from './wordDiff.ts';

export type ClauseChange = 'added' | 'removed' | 'moved' | 'renumbered' | 'text' | 'heading' | 'tags';

/** The most telling change first: what a compare view leads with. */
export type ComparisonStatus = 'added' | 'removed' | 'moved' | 'changed' | 'renumbered' | 'unchanged';

export interface ClauseComparison {
  clauseId: string;
  status: ComparisonStatus;
  /** Every change that applies (a clause can be moved and reworded). */
  changes: ClauseChange[];
  /** Where it was and where it is; null on the side where it does not exist. */
  from: { number: number; heading: string } | null;
  to: { number: number; heading: string } | null;
  /** Redline of the body text; present when the text changed (and for added/removed clauses). */
  text?: DiffSegment[];
  heading?: DiffSegment[];
  tags?: TagChange[];
  material: MaterialChange[];
  /** The text redline gave up on word level for this clause (too large or too different). */
  coarse: boolean;
}

export interface TreatyComparison {
  /** The language both texts were compared in. */
  lang: string;
  summary: {
    changed: number;
    added: number;
    removed: number;
    moved: number;
    renumbered: number;
    unchanged: number;
    /** Clauses with at least one material change. */
    material: number;
  };
  title?: DiffSegment[];
  preamble?: DiffSegment[];
  /** In the order of the newer text, removed clauses where they stood. */
  clauses: ClauseComparison[];
}

/**
 * Indexes (into `sequence`) of a longest increasing subsequence: the common
 * clauses that kept their relative order. The others are the ones that moved.
 */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sequence[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] as number) kept.add(index);
  return kept;
}

const side = (clause: ClauseJSON) => ({ number: clause.number, heading: clause.heading });

function compareClause(
  before: ClauseJSON,
  after: ClauseJSON,
  moved: boolean,
  partyNames: string[],
): ClauseComparison {
  const changes: ClauseChange[] = [];
  const result: ClauseComparison = {
    clauseId: after.clauseId,
    status: 'unchanged',
    changes,
    from: side(before),
    to: side(after),
    material: [],
    coarse: false,
  };
  if (moved) changes.push('moved');
  else if (before.number !== after.number) changes.push('renumbered');
  if (before.text !== after.text) {
    const diff = wordDiff(before.text, after.text);
    result.text = diff.segments;
    result.coarse = diff.coarse;
    result.material.push(...materialTextChanges(diff.segments, partyNames));
    changes.push('text');
  }
  if (before.heading !== after.heading) {
    result.heading = wordDiff(before.heading, after.heading).segments;
    changes.push('heading');
  }
  const tags = compareTags(before, after);
  if (tags.changes.length > 0) {
    result.tags = tags.changes;
    result.material.push(...tags.material);
    changes.push('tags');
  }
  const reworded = changes.some((change) => change === 'text' || change === 'heading' || change === 'tags');
  result.status = moved
    ? 'moved'
    : reworded
      ? 'changed'
      : before.number !== after.number
        ? 'renumbered'
        : 'unchanged';
  return result;
}

function wholeClause(clause: ClauseJSON, status: 'added' | 'removed'): ClauseComparison {
  const op = status === 'added' ? 'insert' : 'delete';
  return {
    clauseId: clause.clauseId,
    status,
    changes: [status],
    from: status === 'removed' ? side(clause) : null,
    to: status === 'added' ? side(clause) : null,
    text: clause.text ? [{ op, text: clause.text }] : [],
    heading: clause.heading ? [{ op, text: clause.heading }] : [],
    material: [],
    coarse: false,
  };
}

/**
 * Compares two states of a treaty clause by clause, aligned by `clauseId`:
 * added, removed, moved (relative order changed), renumbered only, text,
 * heading or tags changed, unchanged — with word-level redlines and the
 * material changes (obligation wording, numbers, deadlines, parties,
 * thresholds). With `lang`, both are read in that language first (a side
 * without a text there reads as empty); without, as they were read.
 */
export function compareTreaties(older: TreatyJSON, newer: TreatyJSON, lang?: string): TreatyComparison {
  const before = lang ? treatyInLanguage(older, lang) : older;
  const after = lang ? treatyInLanguage(newer, lang) : newer;
  const beforeById = new Map(before.clauses.map((clause, index) => [clause.clauseId, { clause, index }]));
  const afterIds = new Set(after.clauses.map((clause) => clause.clauseId));
  const common = after.clauses.filter((clause) => beforeById.has(clause.clauseId));
  const inOrder = longestIncreasing(common.map((clause) => beforeById.get(clause.clauseId)?.index ?? 0));
  const movedIds = new Set(common.filter((_, i) => !inOrder.has(i)).map((clause) => clause.clauseId));
  const partyNames = partyNamesIn([...before.parties, ...after.parties], after.lang ?? lang ?? 'en');

  const compared = new Map<string, ClauseComparison>();
  for (const clause of after.clauses) {
    const old = beforeById.get(clause.clauseId);
    compared.set(
      clause.clauseId,
      old
        ? compareClause(old.clause, clause, movedIds.has(clause.clauseId), partyNames)
        : wholeClause(clause, 'added'),
    );
  }
  // Removed clauses go right after the surviving clause that preceded them in the older text.
  const clauses: ClauseComparison[] = [];
  const removedAfter = new Map<string | null, ClauseComparison[]>();
  let anchor: string | null = null;
  for (const clause of before.clauses) {
    if (afterIds.has(clause.clauseId)) anchor = clause.clauseId;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), wholeClause(clause, 'removed')]);
  }
  clauses.push(...(removedAfter.get(null) ?? []));
  for (const clause of after.clauses) {
    clauses.push(compared.get(clause.clauseId) as ClauseComparison);
    clauses.push(...(removedAfter.get(clause.clauseId) ?? []));
  }

  const count = (status: ComparisonStatus) => clauses.filter((c) => c.status === status).length;
  const result: TreatyComparison = {
    lang: after.lang ?? lang ?? 'en',
    summary: {
      changed: clauses.filter((c) => c.changes.some((x) => x === 'text' || x === 'heading' || x === 'tags'))
        .length,
      added: count('added'),
      removed: count('removed'),
      moved: count('moved'),
      renumbered: count('renumbered'),
      unchanged: count('unchanged'),
      material: clauses.filter((c) => c.material.length > 0).length,
    },
    clauses,
  };
  if (before.title !== after.title) result.title = wordDiff(before.title, after.title).segments;
  if (before.preamble !== after.preamble)
    result.preamble = wordDiff(before.preamble, after.preamble).segments;
  return result;
}
