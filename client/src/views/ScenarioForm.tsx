import type { ScenarioEvent } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/SelectField.tsx';
import { severityOptions, triggerOptions, verifierOptions } from '../tags/vocabularyOptions.ts';

interface ScenarioFormProps {
  event: ScenarioEvent;
  onChange: (event: ScenarioEvent) => void;
}

/** The event to test the treaty against; results follow every change. */
export function ScenarioForm({ event, onChange }: ScenarioFormProps) {
  const { t } = useTranslation('views');
  return (
    <form className="scenario-form" aria-label={t('scenario.form')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('scenario.event')}
        value={event.trigger}
        options={triggerOptions()}
        onChange={(trigger) => onChange({ ...event, trigger })}
      />
      <SelectField
        label={t('scenario.severity')}
        value={String(event.severity)}
        options={severityOptions()}
        onChange={(severity) => onChange({ ...event, severity: Number(severity) })}
      />
      <SelectField
        label={t('scenario.verifiedBy')}
        value={event.verifiedBy}
        options={verifierOptions()}
        onChange={(verifiedBy) => onChange({ ...event, verifiedBy })}
      />
    </form>
  );
}
