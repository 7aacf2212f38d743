import type * as Y from 'yjs';
import { Connection } from './Connection.ts';
import { EditTracker } from './EditTracker.ts';
import type { RoomHook } from './RoomHook.ts';
import { RootGuard } from './RootGuard.ts';
import { SchemaGuard } from './SchemaGuard.ts';
import { ServerOnlyGuard } from './ServerOnlyGuard.ts';
import { StatusAudit } from './StatusAudit.ts';
import { TagGuard } from './TagGuard.ts';

const isClient = (origin: unknown) => origin instanceof Connection;

/** What every treaty room runs: the guards, in the order they check a client's update, then the trackers. */
export function defaultRoomHooks(doc: Y.Doc): RoomHook[] {
  return [
    new RootGuard(doc, isClient),
    new SchemaGuard(doc, isClient),
    new TagGuard(doc, isClient),
    new ServerOnlyGuard(doc, isClient),
    new StatusAudit(doc, (origin) => (origin instanceof Connection ? origin : null)),
    new EditTracker(doc, (origin) =>
      origin instanceof Connection ? origin.identity.delegation || origin.identity.name : null,
    ),
  ];
}
