import { ACTIVATION_LABELS, type ActivatedClause } from '@pactum/shared';
import { deadlineText } from '../tags/thresholdText.ts';
import { ArticleLink } from './ArticleLink.tsx';

interface ActivatedClauseItemProps {
  clause: ActivatedClause;
  domainLabel: (key: string) => string;
  onGoTo: (clauseId: string) => void;
}

/** One guarantee that activates: how, by when, and who owes what. */
export function ActivatedClauseItem({ clause, domainLabel, onGoTo }: ActivatedClauseItemProps) {
  return (
    <li className="scenario-item" data-testid="scenario-activated">
      <div className="scenario-item-head">
        <ArticleLink number={clause.number} clauseId={clause.clauseId} onGoTo={onGoTo} />
        <span className="scenario-heading">{clause.heading}</span>
        <span className={`activation-chip activation-${clause.activation}`}>
          {ACTIVATION_LABELS[clause.activation]}
        </span>
      </div>
      <dl className="scenario-deadlines">
        <div>
          <dt>Consultations</dt>
          <dd>
            {clause.consultationHours === null
              ? 'no deadline'
              : `within ${deadlineText(clause.consultationHours)}`}
          </dd>
        </div>
        <div>
          <dt>Assistance</dt>
          <dd>
            {clause.assistanceHours === null
              ? 'no deadline'
              : `within ${deadlineText(clause.assistanceHours)}`}
          </dd>
        </div>
      </dl>
      {clause.parties.length === 0 ? (
        <p className="scenario-none">No party is obliged to anything under this article.</p>
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
                    {capability.capability || 'unspecified'}
                    {capability.quantity !== undefined &&
                      ` — ${capability.quantity}${capability.unit ? ` ${capability.unit}` : ''}`}
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
