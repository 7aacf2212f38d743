import { setThreshold, type Threshold } from '@pactum/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DraftInput } from '../forms/DraftInput.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { HOURS_INPUT, hoursValue, parseHours } from '../tags/hoursField.ts';
import {
  activationOptions,
  severityOptions,
  triggerOptions,
  verifierOptions,
} from '../tags/vocabularyOptions.ts';
import { writeResult } from '../tags/writeResult.ts';

/**
 * What a new trigger clause starts as: binding, verified, with deadlines (the seed warns against
 * discretion). The verifier's name is treaty data, written in the document for every reader and
 * export, so it does not follow the interface language of whoever ticked the box.
 */
const DEFAULT_THRESHOLD: Threshold = {
  trigger: 'armed-attack',
  minSeverity: 3,
  // i18n-ignore: stored in the treaty (as the sample's text names the mission), not interface text.
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
  const { t } = useTranslation(['panel', 'vocabulary']);
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
        <label htmlFor={`${id}-on`}>{t('threshold.isTrigger')}</label>
      </div>
      {threshold && (
        <div className="threshold-fields">
          <SelectField
            label={t('threshold.trigger')}
            className="field-wide"
            value={threshold.trigger}
            options={triggerOptions()}
            onChange={(trigger) => save({ ...threshold, trigger }, 'trigger')}
            error={errorOf('trigger')}
          />
          <SelectField
            label={t('threshold.minSeverity')}
            className="field-wide"
            value={String(threshold.minSeverity)}
            options={severityOptions()}
            onChange={(value) => save({ ...threshold, minSeverity: Number(value) }, 'minSeverity')}
            error={errorOf('minSeverity')}
          />
          <SelectField
            label={t('threshold.verifiedBy')}
            className="field-wide"
            value={threshold.verifier.kind}
            options={verifierOptions()}
            onChange={(kind) =>
              save({ ...threshold, verifier: { ...threshold.verifier, kind } }, 'verifier.kind')
            }
            error={errorOf('verifier.kind')}
          />
          <DraftInput
            label={t('threshold.verifierName')}
            className="field-wide"
            value={threshold.verifier.name}
            maxLength={200}
            placeholder={t('threshold.verifierPlaceholder')}
            write={(name) =>
              save({ ...threshold, verifier: { ...threshold.verifier, name } }, 'verifier.name')
            }
          />
          <SelectField
            label={t('threshold.activation')}
            className="field-wide"
            value={threshold.activation}
            options={activationOptions()}
            onChange={(activation) => save({ ...threshold, activation }, 'activation')}
            error={errorOf('activation')}
          />
          {threshold.activation === 'discretionary' && (
            <p className="field-warning field-wide">{t('threshold.discretionary')}</p>
          )}
          <DraftInput
            label={t('threshold.consultationDeadline')}
            {...HOURS_INPUT}
            value={hoursValue(threshold.consultationHours)}
            hint={t('threshold.hoursHint')}
            write={(text) => save({ ...threshold, consultationHours: parseHours(text) }, 'consultationHours')}
          />
          <DraftInput
            label={t('threshold.assistanceDeadline')}
            {...HOURS_INPUT}
            value={hoursValue(threshold.assistanceHours)}
            hint={t('threshold.hoursHint')}
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
