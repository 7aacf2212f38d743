import { canonicalJSON, clauseStateOf, sha256Hex, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import type { HistoryRow, NewVersion } from '../VersionRepository.ts';

/**
 * A version of a real two-article treaty, the clause states it introduces and
 * one history row per article (`removed` for the articles named in `removed`).
 */
export function sampleVersion(
  treatyId: string,
  id: string,
  options: { kind?: NewVersion['kind']; createdAt: string; purpose?: string; removed?: string[] },
): { version: NewVersion; states: Map<string, string>; history: HistoryRow[] } {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, {
    title: 'Sample',
    preamble: ['The Parties,'],
    clauses: [
      { clauseId: 'c-purpose', heading: 'Purpose', paragraphs: [options.purpose ?? 'To keep the peace.'] },
      { clauseId: 'c-force', heading: 'Entry into force', paragraphs: ['On signature.'] },
    ],
  });
  const treaty = treatyFromYDoc(doc);
  const kind = options.kind ?? 'named';
  const version: NewVersion = {
    treatyId,
    id,
    kind,
    name: kind === 'named' ? `Version ${id}` : null,
    note: null,
    createdAt: options.createdAt,
    createdBy: kind === 'named' ? 'Olena · UA' : null,
    state: Y.encodeStateAsUpdate(doc),
    treaty,
  };
  const states = new Map<string, string>();
  const history = treaty.clauses.map((clause): HistoryRow => {
    const content = canonicalJSON(clauseStateOf(clause));
    const hash = sha256Hex(content);
    states.set(hash, content);
    return {
      clauseId: clause.clauseId,
      versionId: id,
      hash,
      recordedAt: options.createdAt,
      editors: ['m-olena'],
      removed: options.removed?.includes(clause.clauseId) ?? false,
    };
  });
  return { version, states, history };
}
