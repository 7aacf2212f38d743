import { describe, expect, it } from 'vitest';
import { evaluateScenario, WEAK_REASONS } from './evaluateScenario.ts';
import { clause, commit, treaty, trigger } from './treatyFixture.ts';

const armedAttack = (severity: number) =>
  ({ trigger: 'armed-attack', severity, verifiedBy: 'joint-monitoring-mission' }) as const;

describe('evaluateScenario', () => {
  const t = treaty([
    clause(1),
    clause(2, {
      threshold: trigger('armed-attack', 3),
      commitments: [commit('FR', 'military-assistance', 'brigade')],
    }),
    clause(3, {
      threshold: trigger('missile-air-strike', 1),
      commitments: [commit('UK', 'air-missile-defence')],
    }),
    clause(4, {
      threshold: trigger('armed-attack', 2, { activation: 'automatic-after-consultation' }),
      commitments: [
        commit('UK', 'logistics', 'airlift'),
        commit('FR', 'logistics', 'rail'),
        commit('UK', 'cyber'),
      ],
    }),
  ]);

  it('activates the clauses whose trigger matches, in article order, with deadlines and obliged parties', () => {
    const result = evaluateScenario(t, armedAttack(3));
    expect(result.activated.map((c) => c.number)).toEqual([2, 4]);
    expect(result.activated[1]).toMatchObject({
      activation: 'automatic-after-consultation',
      consultationHours: 24,
      assistanceHours: 72,
    });
    // Parties follow the treaty's party order (UA, FR, UK) with each party's capabilities grouped.
    expect(result.activated[1]?.parties).toEqual([
      { party: 'FR', name: 'Name of FR', capabilities: [{ domain: 'logistics', capability: 'rail' }] },
      {
        party: 'UK',
        name: 'Name of UK',
        capabilities: [
          { domain: 'logistics', capability: 'airlift' },
          { domain: 'cyber', capability: 'support' },
        ],
      },
    ]);
    expect(result.weak).toEqual([]);
  });

  it('treats the minimum severity as inclusive', () => {
    expect(evaluateScenario(t, armedAttack(2)).activated.map((c) => c.number)).toEqual([4]);
    expect(evaluateScenario(t, armedAttack(1)).activated).toEqual([]);
    expect(evaluateScenario(t, armedAttack(5)).activated.map((c) => c.number)).toEqual([2, 4]);
  });

  it('requires the verifier the threshold names, unless any party may verify', () => {
    const byEarlyWarning = {
      trigger: 'armed-attack',
      severity: 5,
      verifiedBy: 'early-warning-centre',
    } as const;
    expect(evaluateScenario(t, byEarlyWarning).activated).toEqual([]);
    const anyParty = treaty([
      clause(1, {
        threshold: trigger('armed-attack', 1, { verifier: { kind: 'any-party', name: '' } }),
        commitments: [commit('UA', 'cyber')],
      }),
    ]);
    expect(evaluateScenario(anyParty, byEarlyWarning).activated.map((c) => c.number)).toEqual([1]);
  });

  it('does not activate a different trigger', () => {
    expect(
      evaluateScenario(t, { trigger: 'blockade', severity: 5, verifiedBy: 'joint-monitoring-mission' }),
    ).toEqual({
      activated: [],
      weak: [],
    });
  });

  it('flags discretionary clauses as weak without activating them, and deadline gaps on activated ones', () => {
    const weakTreaty = treaty([
      clause(1, {
        threshold: trigger('armed-attack', 1, { activation: 'discretionary' }),
        commitments: [commit('FR', 'cyber')],
      }),
      clause(2, {
        threshold: trigger('armed-attack', 1, { assistanceHours: null }),
        commitments: [commit('FR', 'cyber')],
      }),
      clause(3, {
        threshold: trigger('armed-attack', 1, {
          activation: 'automatic-after-consultation',
          consultationHours: null,
        }),
        commitments: [commit('FR', 'cyber')],
      }),
      clause(4, { threshold: trigger('armed-attack', 1) }),
    ]);
    const result = evaluateScenario(weakTreaty, armedAttack(1));
    expect(result.activated.map((c) => c.number)).toEqual([2, 3, 4]);
    expect(result.weak).toEqual([
      {
        clauseId: 'c-clause1',
        number: 1,
        heading: 'Heading 1',
        reason: WEAK_REASONS.discretionary,
        reasons: ['discretionary'],
      },
      {
        clauseId: 'c-clause2',
        number: 2,
        heading: 'Heading 2',
        reason: WEAK_REASONS.noAssistanceDeadline,
        reasons: ['noAssistanceDeadline'],
      },
      {
        clauseId: 'c-clause3',
        number: 3,
        heading: 'Heading 3',
        reason: WEAK_REASONS.noConsultationDeadline,
        reasons: ['noConsultationDeadline'],
      },
      {
        clauseId: 'c-clause4',
        number: 4,
        heading: 'Heading 4',
        reason: WEAK_REASONS.noCommittedParty,
        reasons: ['noCommittedParty'],
      },
    ]);
  });
});
