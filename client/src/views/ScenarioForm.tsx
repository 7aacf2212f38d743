import type { ScenarioEvent } from '@pactum/shared';
import { SelectField } from '../forms/SelectField.tsx';
import { SEVERITY_OPTIONS, TRIGGER_OPTIONS, VERIFIER_OPTIONS } from '../tags/vocabularyOptions.ts';

interface ScenarioFormProps {
  event: ScenarioEvent;
  onChange: (event: ScenarioEvent) => void;
}

/** The event to test the treaty against; results follow every change. */
export function ScenarioForm({ event, onChange }: ScenarioFormProps) {
  return (
    <form className="scenario-form" aria-label="Event to check" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="Event"
        value={event.trigger}
        options={TRIGGER_OPTIONS}
        onChange={(trigger) => onChange({ ...event, trigger })}
      />
      <SelectField
        label="Severity"
        value={String(event.severity)}
        options={SEVERITY_OPTIONS}
        onChange={(severity) => onChange({ ...event, severity: Number(severity) })}
      />
      <SelectField
        label="Verified by"
        value={event.verifiedBy}
        options={VERIFIER_OPTIONS}
        onChange={(verifiedBy) => onChange({ ...event, verifiedBy })}
      />
    </form>
  );
}
