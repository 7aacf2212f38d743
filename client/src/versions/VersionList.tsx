import { useId } from 'react';
import { type VersionActions, VersionRow } from './VersionRow.tsx';
import type { VersionLists } from './versionApi.ts';

/** Named versions first; the automatic checkpoints folded away below them. */
export function VersionList({ versions, ...actions }: { versions: VersionLists } & VersionActions) {
  const { named, checkpoints } = versions;
  const titleId = useId();
  return (
    <>
      <section className="version-group" aria-labelledby={titleId}>
        <h2 id={titleId}>Named versions</h2>
        {named.length === 0 ? (
          <p className="compare-note">No version has been named yet.</p>
        ) : (
          <ul className="version-list">
            {named.map((version) => (
              <VersionRow key={version.id} version={version} {...actions} />
            ))}
          </ul>
        )}
      </section>
      <details className="version-group checkpoints">
        <summary>
          <h2>Automatic checkpoints ({checkpoints.length})</h2>
        </summary>
        <p className="field-hint">Taken by the server after each pause in editing; older ones are pruned.</p>
        {checkpoints.length === 0 ? (
          <p className="compare-note">No checkpoint yet.</p>
        ) : (
          <ul className="version-list">
            {checkpoints.map((version) => (
              <VersionRow key={version.id} version={version} {...actions} />
            ))}
          </ul>
        )}
      </details>
    </>
  );
}
