import type { SignOffState } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n/i18n.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import { PartyCode } from './PartyCode.tsx';

function what(signoff: SignOffState): string {
  const t = i18next.t;
  if (!signoff.current) return t('agreement:signOffs.stale');
  return signoff.adReferendum ? t('agreement:signOffs.adReferendum') : t('agreement:signOffs.signedOff');
}

/** One delegation's sign-off, current or voided by a later change of the text; one line, details on hover. */
export function SignOffRow({ signoff, partyName }: { signoff: SignOffState; partyName: string }) {
  const { t } = useTranslation('agreement');
  const signed = { name: signoff.by.name, when: formatWhen(signoff.at) };
  const when = signoff.adReferendum
    ? t('signOffs.signedByAdReferendum', signed)
    : t('signOffs.signedBy', signed);
  return (
    <li
      className="signoff-row"
      data-testid="signoff"
      data-state={signoff.current ? 'current' : 'stale'}
      title={signoff.current ? when : t('signOffs.changedSince', { signed: when })}
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
