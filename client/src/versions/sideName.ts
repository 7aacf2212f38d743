import { i18next } from '../i18n/i18n.ts';
import { LIVE, type VersionLists, type VersionRef } from './versionApi.ts';
import { versionLabel } from './versionLabel.ts';

/** "Live text", a version's name, or "Checkpoint of …" for one side of a compare. */
export function sideName(ref: VersionRef, versions: VersionLists | null): string {
  if (ref === LIVE) return i18next.t('versions:liveText');
  const version = [...(versions?.named ?? []), ...(versions?.checkpoints ?? [])].find((v) => v.id === ref);
  return version ? versionLabel(version) : i18next.t('versions:earlierVersion');
}
