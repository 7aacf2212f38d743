import { EMPTY_CLAUSE_TAGS, type TreatyJSON, type TreatyTags } from '@pactum/shared';
import type { ClauseTextReader } from './ClauseTextReader.ts';

type LiveTreaty = Pick<TreatyJSON, 'clauses' | 'parties'>;

/**
 * Clauses with their tags and the parties, as `treatyFromYDoc` has them, from
 * an incremental text reader and the tags store's snapshot, so neither the
 * text nor the tags are read again when they did not change.
 */
export function readLiveTreaty(reader: ClauseTextReader, tags: TreatyTags): LiveTreaty {
  return {
    parties: tags.parties,
    clauses: reader.read().map((clause) => ({
      ...clause,
      ...(tags.byClause.get(clause.clauseId) ?? EMPTY_CLAUSE_TAGS),
    })),
  };
}
