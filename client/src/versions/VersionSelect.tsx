import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import { LIVE, type VersionLists, type VersionRef } from './versionApi.ts';

interface VersionSelectProps {
  label: string;
  value: VersionRef;
  versions: VersionLists;
  onChange: (value: VersionRef) => void;
}

/** Live text, named versions, checkpoints: any of them can be either side of a compare. */
export function VersionSelect({ label, value, versions, onChange }: VersionSelectProps) {
  const { t } = useTranslation('versions');
  const id = useId();
  return (
    <div className="field version-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={LIVE}>{t('liveTextNow')}</option>
        {versions.named.length > 0 && (
          <optgroup label={t('select.named')}>
            {versions.named.map((version) => (
              <option key={version.id} value={version.id}>
                {version.name} — {formatWhen(version.createdAt)}
              </option>
            ))}
          </optgroup>
        )}
        {versions.checkpoints.length > 0 && (
          <optgroup label={t('select.checkpoints')}>
            {versions.checkpoints.map((version) => (
              <option key={version.id} value={version.id}>
                {t('checkpointAt', { when: formatWhen(version.createdAt) })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
