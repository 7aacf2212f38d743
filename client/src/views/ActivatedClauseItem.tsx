import type { ActivatedClause } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/formatList.ts';
import { withinDeadlineText } from '../tags/thresholdText.ts';
import { activationLabel } from '../tags/vocabularyText.ts';
import { ArticleLink } from './ArticleLink.tsx';

interface ActivatedClauseItemProps {
  clause: ActivatedClause;
  domainLabel: (key: string) => string;
  onGoTo: (clauseId: string) => void;
}

/** One guarantee that activates: how, by when, and who owes what. */
export function ActivatedClauseItem({ clause, domainLabel, onGoTo }: ActivatedClauseItemProps) {
  const { t } = useTranslation('views');
  return (
    <li className="scenario-item" data-testid="scenario-activated">
      <div className="scenario-item-head">
        <ArticleLink number={clause.number} clauseId={clause.clauseId} onGoTo={onGoTo} />
        <span className="scenario-heading">{clause.heading}</span>
        <span className={`activation-chip activation-${clause.activation}`}>
          {activationLabel(clause.activation)}
        </span>
      </div>
      <dl className="scenario-deadlines">
        <div>
          <dt>{t('scenario.consultations')}</dt>
          <dd>{withinDeadlineText(clause.consultationHours)}</dd>
        </div>
        <div>
          <dt>{t('scenario.assistance')}</dt>
          <dd>{withinDeadlineText(clause.assistanceHours)}</dd>
        </div>
      </dl>
      {clause.parties.length === 0 ? (
        <p className="scenario-none">{t('scenario.noParty')}</p>
      ) : (
        <ul className="scenario-parties">
          {clause.parties.map((party) => (
            <li key={party.party}>
              <span className="scenario-party">
                {party.name} <span className="party-code-inline">{party.party}</span>
              </span>
              <ul className="scenario-capabilities">
                {party.capabilities.map((capability, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: capabilities have no id and never reorder within one render.
                  <li key={index}>
                    {capability.capability || t('scenario.unspecified')}
                    {capability.quantity !== undefined &&
                      ` — ${formatNumber(capability.quantity)}${capability.unit ? ` ${capability.unit}` : ''}`}
                    <span className="scenario-domain"> · {domainLabel(capability.domain)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
