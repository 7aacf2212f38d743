import { useTranslation } from 'react-i18next';
import type { LocalCopyKey } from '../collab/localCopyName.ts';
import { staleCopyFile } from '../collab/staleCopyFile.ts';
import type { StaleCopy } from '../collab/staleLocalCopies.ts';
import { useStaleCopies } from '../collab/useStaleCopies.ts';

/** The message of each reason why a copy was not merged (one sentence each, counting its changes). */
const WHY = {
  replaced: 'staleCopy.replaced',
  'other-member': 'staleCopy.otherMember',
  'session-ended': 'staleCopy.sessionEnded',
} as const satisfies Record<StaleCopy['reason'], string>;

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
  const { t } = useTranslation('editor');
  const { copies, discard } = useStaleCopies(treatyId, current);
  if (copies.length === 0) return null;
  return (
    <div className="notice notice-error stale-copies" role="alert" data-testid="stale-copy">
      {copies.map((copy) => (
        <div key={copy.name}>
          <p>{t(WHY[copy.reason], { count: copy.unsaved })}</p>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              download(copy);
              discard(copy.name);
            }}
          >
            {t('staleCopy.download')}
          </button>{' '}
          <button type="button" className="button-small" onClick={() => discard(copy.name)}>
            {t('staleCopy.discard')}
          </button>
        </div>
      ))}
    </div>
  );
}
