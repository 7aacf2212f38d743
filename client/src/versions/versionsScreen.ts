import { LIVE, type VersionRef } from './versionApi.ts';

/** What the Versions view shows; kept by the workspace so a look at the text does not lose it. */
export type VersionsScreen =
  | { kind: 'list' }
  | { kind: 'version'; versionId: string }
  | { kind: 'compare'; from: VersionRef; to: VersionRef };

export const VERSIONS_HOME: VersionsScreen = { kind: 'list' };

export const compareWithLive = (versionId: string): VersionsScreen => ({
  kind: 'compare',
  from: versionId,
  to: LIVE,
});
