import { formatWhen } from '../lib/formatWhen.ts';
import type { ExportVerification } from './exportApi.ts';
import { FORMAT_INFO } from './exportFormats.ts';
import { SCOPE_INFO } from './exportScopes.ts';
import { exportVerdict, languagesOfFile } from './exportVerdict.ts';

const formatLabel = (format: string) =>
  format in FORMAT_INFO ? FORMAT_INFO[format as keyof typeof FORMAT_INFO].label : format;
const scopeLabel = (scope: string) =>
  scope in SCOPE_INFO ? SCOPE_INFO[scope as keyof typeof SCOPE_INFO].noun : scope;

/** The verdict on a checked file, then every recorded export that carries its stamp. */
export function VerificationResult({
  fileName,
  verification,
}: {
  fileName: string;
  verification: ExportVerification;
}) {
  const verdict = exportVerdict(verification);
  return (
    <div className={`export-verification is-${verdict.kind}`}>
      <p className="export-verdict" data-testid="verify-verdict">
        {verdict.sentence}
      </p>
      <p className="export-verification-file">
        {fileName}
        {verification.stamp && (
          <>
            {' · stamp '}
            <code title={verification.stamp}>{verification.stamp.slice(0, 16)}…</code>
          </>
        )}
      </p>
      {verification.matches.length > 0 && (
        <table className="export-matches">
          <caption>
            {verification.matches.length === 1
              ? 'The one export with this stamp'
              : `${verification.matches.length} exports with this stamp`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Exported</th>
              <th scope="col">By</th>
              <th scope="col">Format</th>
              <th scope="col">Text</th>
              <th scope="col">Version</th>
              <th scope="col">Language</th>
            </tr>
          </thead>
          <tbody>
            {verification.matches.map((match) => (
              <tr key={`${match.exportedAt} ${match.format} ${match.exportedBy}`}>
                <td>{formatWhen(match.exportedAt)}</td>
                <td>{match.exportedBy}</td>
                <td>{formatLabel(match.format)}</td>
                <td>{scopeLabel(match.scope)}</td>
                <td>{match.versionName}</td>
                <td>{languagesOfFile(match.languages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
