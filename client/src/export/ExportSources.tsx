import type { ExportScope } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { VersionSelect } from '../versions/VersionSelect.tsx';
import type { VersionLists, VersionRef } from '../versions/versionApi.ts';

interface ExportSourcesProps {
  scope: ExportScope;
  versions: VersionLists;
  version: VersionRef;
  from: VersionRef;
  to: VersionRef;
  onChange: (sources: { version?: VersionRef; from?: VersionRef; to?: VersionRef }) => void;
}

/** Which text is exported: one version, or the two sides of a compare. */
export function ExportSources({ scope, versions, version, from, to, onChange }: ExportSourcesProps) {
  const { t } = useTranslation('export');
  if (scope !== 'compare') {
    return (
      <div className="export-sources">
        <VersionSelect
          label={t('form.version')}
          value={version}
          versions={versions}
          onChange={(value) => onChange({ version: value })}
        />
      </div>
    );
  }
  return (
    <div className="export-sources">
      <VersionSelect
        label={t('form.from')}
        value={from}
        versions={versions}
        onChange={(value) => onChange({ from: value })}
      />
      <VersionSelect
        label={t('form.to')}
        value={to}
        versions={versions}
        onChange={(value) => onChange({ to: value })}
      />
    </div>
  );
}
