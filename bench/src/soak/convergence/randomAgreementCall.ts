import * as prng from 'lib0/prng';
import type { Member, PactumApi } from './PactumApi.ts';

/** Answers a valid workflow call may get while others edit: done, the article is gone, or a rule says no. */
const EXPECTED = new Set([200, 201, 404, 409]);

export interface AgreementCall {
  action: string;
  status: number;
  /** The answer is one a correct server gives to this call at some moment of the run. */
  expected: boolean;
}

/**
 * One sign-off, bracket, reservation or concordance call over REST by a member of a
 * party delegation on an article of their own copy, sent while everyone
 * keeps editing. The random choices are drawn before anything is awaited,
 * so the seed alone decides them.
 */
export function randomAgreementCall(
  gen: prng.PRNG,
  api: PactumApi,
  member: Member,
  treatyId: string,
  clauseId: string,
): Promise<AgreementCall> {
  const clause = `/treaties/${treatyId}/clauses/${clauseId}`;
  const roll = prng.uint32(gen, 0, 11);
  const [action, method, path, body]: [string, string, string, unknown] =
    roll >= 10
      ? ['confirm concordance', 'POST', `${clause}/concordance`, {}]
      : roll < 4
        ? ['sign off', 'POST', `${clause}/signoff`, { adReferendum: prng.uint32(gen, 0, 3) === 0 }]
        : roll < 5
          ? ['withdraw sign-off', 'DELETE', `${clause}/signoff`, undefined]
          : roll < 7
            ? [
                'bracket',
                'POST',
                `${clause}/brackets`,
                { reason: prng.bool(gen) ? 'scrutiny reservation' : '' },
              ]
            : roll < 9
              ? ['lift bracket', 'DELETE', `${clause}/brackets`, undefined]
              : [
                  'reserve',
                  'POST',
                  `${clause}/reservations`,
                  { text: `reservation of ${member.delegation}` },
                ];
  return api
    .call(method, path, { headers: member.headers, ...(body === undefined ? {} : { body }) })
    .then(({ status }) => ({ action, status, expected: EXPECTED.has(status) }));
}
