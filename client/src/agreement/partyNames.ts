import type { AgreementOverview } from '@pactum/shared';

/** Name of a party by its code; codes of non-parties (a secretariat) stand for themselves. */
export function partyNames(overview: AgreementOverview): (code: string) => string {
  const names = new Map(overview.delegations.map(({ code, name }) => [code, name]));
  return (code) => names.get(code) ?? code;
}
