import { useTranslation } from 'react-i18next';
import { formatWhen } from '../lib/formatWhen.ts';
import type { ExportVerification } from './exportApi.ts';
import { formatLabel, isExportFormat } from './exportFormats.ts';
import { scopeNoun } from './exportScopes.ts';
import { exportVerdict, languagesOfFile, matchVersionName, verdictSentence } from './exportVerdict.ts';

const formatName = (format: string) => (isExportFormat(format) ? formatLabel(format) : format);
const scopeName = (scope: string) =>
  scope === 'agreed' || scope === 'full' || scope === 'compare' ? scopeNoun(scope) : scope;

/** The verdict on a checked file, then every recorded export that carries its stamp. */
export function VerificationResult({
  fileName,
  verification,
}: {
  fileName: string;
  verification: ExportVerification;
}) {
  const { t } = useTranslation('export');
  const verdict = exportVerdict(verification);
  const count = verification.matches.length;
  return (
    <div className={`export-verification is-${verdict.kind}`}>
      <p className="export-verdict" data-testid="verify-verdict">
        {verdictSentence(verdict)}
      </p>
      <p className="export-verification-file">
        {fileName}
        {verification.stamp && (
          <>
            {` · ${t('verify.stamp')} `}
            <code title={verification.stamp}>{verification.stamp.slice(0, 16)}…</code>
          </>
        )}
      </p>
      {count > 0 && (
        <table className="export-matches">
          <caption>{count === 1 ? t('verify.theOneMatch') : t('verify.matches', { count })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('verify.column.exported')}</th>
              <th scope="col">{t('verify.column.by')}</th>
              <th scope="col">{t('verify.column.format')}</th>
              <th scope="col">{t('verify.column.text')}</th>
              <th scope="col">{t('verify.column.version')}</th>
              <th scope="col">{t('verify.column.language')}</th>
            </tr>
          </thead>
          <tbody>
            {verification.matches.map((match) => (
              <tr key={`${match.exportedAt} ${match.format} ${match.exportedBy}`}>
                <td>{formatWhen(match.exportedAt)}</td>
                <td>{match.exportedBy}</td>
                <td>{formatName(match.format)}</td>
                <td>{scopeName(match.scope)}</td>
                <td>{matchVersionName(match)}</td>
                <td>{languagesOfFile(match.languages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
