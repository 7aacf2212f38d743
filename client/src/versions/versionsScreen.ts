import { LIVE, type VersionRef } from './versionApi.ts';

/** What the Versions view shows; kept by the workspace so a look at the text does not lose it. */
export type VersionsScreen =
  | { kind: 'list' }
  | { kind: 'version'; versionId: string }
  /** Two texts of the treaty, in `lang` (the reading language when not chosen). */
  | { kind: 'compare'; from: VersionRef; to: VersionRef; lang?: string }
  /** One text of the treaty in two of its languages (the first two others when not chosen). */
  | { kind: 'languages'; at: VersionRef; left?: string; right?: string };

export const VERSIONS_HOME: VersionsScreen = { kind: 'list' };

export const compareWithLive = (versionId: string): VersionsScreen => ({
  kind: 'compare',
  from: versionId,
  to: LIVE,
});

export const compareLanguagesOf = (at: VersionRef): VersionsScreen => ({ kind: 'languages', at });
