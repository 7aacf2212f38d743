import { setThreshold, type Threshold } from '@pactum/shared';
import { useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { DraftInput } from '../forms/DraftInput.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { HOURS_INPUT, hoursValue, parseHours } from '../tags/hoursField.ts';
import {
  ACTIVATION_OPTIONS,
  SEVERITY_OPTIONS,
  TRIGGER_OPTIONS,
  VERIFIER_OPTIONS,
} from '../tags/vocabularyOptions.ts';
import { writeResult } from '../tags/writeResult.ts';

/** What a new trigger clause starts as: binding, verified, with deadlines (the seed warns against discretion). */
const DEFAULT_THRESHOLD: Threshold = {
  trigger: 'armed-attack',
  minSeverity: 3,
  verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
  activation: 'automatic',
  consultationHours: 24,
  assistanceHours: 72,
};

interface ThresholdFormProps {
  doc: Y.Doc;
  clauseId: string;
  threshold: Threshold | null;
}

/** Whether the clause is a trigger clause, and when its guarantee activates. */
export function ThresholdForm({ doc, clauseId, threshold }: ThresholdFormProps) {
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  // Turning the trigger off and on again in one sitting brings back what it was.
  const lastThreshold = useRef<Threshold | null>(null);
  const id = useId();

  const save = (next: Threshold | null, field = ''): string | null => {
    const message = writeResult(() => setThreshold(doc, clauseId, next), field || undefined);
    setError(message ? { field, message } : null);
    return message;
  };
  const toggle = (on: boolean) => {
    if (!on) lastThreshold.current = threshold;
    save(on ? (lastThreshold.current ?? DEFAULT_THRESHOLD) : null);
  };
  const errorOf = (field: string) => (error?.field === field ? error.message : null);

  return (
    <div className="threshold-form">
      <div className="checkbox-field">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={threshold !== null}
          onChange={(event) => toggle(event.target.checked)}
        />
        <label htmlFor={`${id}-on`}>This clause is a trigger clause</label>
      </div>
      {threshold && (
        <div className="threshold-fields">
          <SelectField
            label="Trigger event"
            className="field-wide"
            value={threshold.trigger}
            options={TRIGGER_OPTIONS}
            onChange={(trigger) => save({ ...threshold, trigger }, 'trigger')}
            error={errorOf('trigger')}
          />
          <SelectField
            label="Minimum severity"
            className="field-wide"
            value={String(threshold.minSeverity)}
            options={SEVERITY_OPTIONS}
            onChange={(value) => save({ ...threshold, minSeverity: Number(value) }, 'minSeverity')}
            error={errorOf('minSeverity')}
          />
          <SelectField
            label="Verified by"
            className="field-wide"
            value={threshold.verifier.kind}
            options={VERIFIER_OPTIONS}
            onChange={(kind) =>
              save({ ...threshold, verifier: { ...threshold.verifier, kind } }, 'verifier.kind')
            }
            error={errorOf('verifier.kind')}
          />
          <DraftInput
            label="Name of the verifier"
            className="field-wide"
            value={threshold.verifier.name}
            maxLength={200}
            placeholder="e.g. Joint Monitoring Mission"
            write={(name) =>
              save({ ...threshold, verifier: { ...threshold.verifier, name } }, 'verifier.name')
            }
          />
          <SelectField
            label="Activation"
            className="field-wide"
            value={threshold.activation}
            options={ACTIVATION_OPTIONS}
            onChange={(activation) => save({ ...threshold, activation }, 'activation')}
            error={errorOf('activation')}
          />
          {threshold.activation === 'discretionary' && (
            <p className="field-warning field-wide">
              Discretionary: nothing obliges anyone to act. The scenario check flags this clause.
            </p>
          )}
          <DraftInput
            label="Consultation deadline"
            {...HOURS_INPUT}
            value={hoursValue(threshold.consultationHours)}
            hint="Hours; empty: none"
            write={(text) => save({ ...threshold, consultationHours: parseHours(text) }, 'consultationHours')}
          />
          <DraftInput
            label="Assistance deadline"
            {...HOURS_INPUT}
            value={hoursValue(threshold.assistanceHours)}
            hint="Hours; empty: none"
            write={(text) => save({ ...threshold, assistanceHours: parseHours(text) }, 'assistanceHours')}
          />
        </div>
      )}
      {error?.field === '' && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
