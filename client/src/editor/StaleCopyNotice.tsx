import type { LocalCopyKey } from '../collab/localCopyName.ts';
import { staleCopyFile } from '../collab/staleCopyFile.ts';
import type { StaleCopy } from '../collab/staleLocalCopies.ts';
import { useStaleCopies } from '../collab/useStaleCopies.ts';

const WHY: Record<StaleCopy['reason'], string> = {
  replaced:
    'made before the treaty was replaced there (restored from a backup). They were not merged into the treaty as it is now.',
  'other-member': 'made under another membership signed in on this browser. They were not merged.',
  'session-ended': 'made in a session that has ended. They cannot be sent now.',
};

function why(copy: StaleCopy): string {
  const changes = `${copy.unsaved} ${copy.unsaved === 1 ? 'change' : 'changes'}`;
  return `This device kept ${changes} to this treaty that never reached the server, ${WHY[copy.reason]}`;
}

function download(copy: StaleCopy): void {
  const file = staleCopyFile(copy);
  if (!file) return;
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies of this treaty on the device that must not be merged but hold
 * changes the server never got: offered as a download (the whole copy as a
 * treaty file, to read or import and compare), then deleted. With no
 * `current` copy (this browser is not let in), every copy of the treaty.
 */
export function StaleCopyNotice({ treatyId, current }: { treatyId: string; current: LocalCopyKey | null }) {
  const { copies, discard } = useStaleCopies(treatyId, current);
  if (copies.length === 0) return null;
  return (
    <div className="notice notice-error stale-copies" role="alert" data-testid="stale-copy">
      {copies.map((copy) => (
        <div key={copy.name}>
          <p>{why(copy)}</p>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              download(copy);
              discard(copy.name);
            }}
          >
            Download that copy
          </button>{' '}
          <button type="button" className="button-small" onClick={() => discard(copy.name)}>
            Discard it
          </button>
        </div>
      ))}
    </div>
  );
}
