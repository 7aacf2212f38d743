import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import type { Commitment, Threshold } from './tagSchemas.ts';
import { DEFAULT_DOMAINS } from './vocabulary.ts';

/**
 * Small builders for tests of the pure tag functions: `clause(3, {threshold:
 * trigger('armed-attack', 2)})` instead of a JSON blob.
 */
export function trigger(
  kind: Threshold['trigger'],
  minSeverity: number,
  overrides: Partial<Threshold> = {},
): Threshold {
  return {
    trigger: kind,
    minSeverity,
    verifier: { kind: 'joint-monitoring-mission', name: 'JMM' },
    activation: 'automatic',
    consultationHours: 24,
    assistanceHours: 72,
    ...overrides,
  };
}

export function commit(party: string, domain: string, capability = 'support'): Commitment {
  return { party, domain, capability };
}

export function clause(
  number: number,
  tags: { domains?: string[]; threshold?: Threshold; commitments?: Commitment[] } = {},
): ClauseJSON {
  return {
    clauseId: `c-clause${number}`,
    number,
    label: `Article ${number}`,
    lang: 'en',
    heading: `Heading ${number}`,
    text: '',
    body: [],
    texts: { en: { heading: `Heading ${number}`, text: '', body: [] } },
    domains: tags.domains ?? [],
    threshold: tags.threshold ?? null,
    commitments: (tags.commitments ?? []).map((c, i) => ({ id: `m-c${number}n${i}`, ...c })),
  };
}

export function treaty(clauses: ClauseJSON[], parties = ['UA', 'FR', 'UK']): TreatyJSON {
  return {
    languages: ['en'],
    lang: 'en',
    title: 'T',
    preamble: '',
    titles: { en: 'T' },
    preambles: { en: '' },
    parties: parties.map((code) => ({ code, name: `Name of ${code}` })),
    domains: [...DEFAULT_DOMAINS],
    clauses,
  };
}
