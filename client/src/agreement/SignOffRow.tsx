import type { SignOffState } from '@pactum/shared';
import { formatWhen } from '../lib/formatWhen.ts';
import { PartyCode } from './PartyCode.tsx';

function what(signoff: SignOffState): string {
  if (!signoff.current) return 'stale — text changed since';
  return signoff.adReferendum ? 'ad referendum' : 'signed off';
}

/** One delegation's sign-off, current or voided by a later change of the text; one line, details on hover. */
export function SignOffRow({ signoff, partyName }: { signoff: SignOffState; partyName: string }) {
  const when = `Signed off by ${signoff.by.name}, ${formatWhen(signoff.at)}${signoff.adReferendum ? ', ad referendum' : ''}`;
  return (
    <li
      className="signoff-row"
      data-testid="signoff"
      data-state={signoff.current ? 'current' : 'stale'}
      title={signoff.current ? when : `${when}; the text has changed since.`}
    >
      <span className="signoff-mark" aria-hidden="true">
        {signoff.current ? '✓' : '!'}
      </span>
      <PartyCode code={signoff.delegation} name={partyName} />
      <span className="signoff-what">{what(signoff)}</span>
      <span className="signoff-by">{signoff.by.name}</span>
    </li>
  );
}
