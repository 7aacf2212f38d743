import { i18next } from '../i18n/i18n.ts';
import { formatWhen } from '../lib/formatWhen.ts';
import type { VersionMeta } from './versionApi.ts';

/** What a reader calls a version: its name, or "Checkpoint of <time>". */
export function versionLabel(version: Pick<VersionMeta, 'kind' | 'name' | 'createdAt'>): string {
  return version.kind === 'named' && version.name
    ? version.name
    : i18next.t('versions:checkpointOf', { when: formatWhen(version.createdAt) });
}
