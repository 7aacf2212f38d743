import { z } from 'zod';
import { DelegationCode } from './access/accessApi.ts';
import { CustomDomain, DomainKey, Party, PartyCode } from './tags/tagSchemas.ts';
import { Limits } from './wire.ts';

/** `POST /api/treaties` body. */
export const CreateTreatyRequest = z.strictObject({
  title: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(Limits.maxTitleLength, `must be at most ${Limits.maxTitleLength} characters`),
  /** The creator's delegation; they become the treaty's chair. Default `SEC` (secretariat). */
  delegation: DelegationCode.optional(),
});
export type CreateTreatyRequest = z.infer<typeof CreateTreatyRequest>;

/** One row of `GET /api/treaties`. */
export interface TreatySummary {
  id: string;
  title: string;
  clauseCount: number;
  /** ISO 8601. */
  updatedAt: string;
}

/** `POST /api/treaties/:id/versions` body. */
export const CreateVersionRequest = z.strictObject({
  name: z
    .string('must be a string')
    .trim()
    .min(1, 'must not be empty')
    .max(120, 'must be at most 120 characters'),
  note: z.string('must be a string').trim().max(2000, 'must be at most 2000 characters').optional(),
});
export type CreateVersionRequest = z.infer<typeof CreateVersionRequest>;

/** A version id, or `live` for the current text. */
export const VersionRef = z.union([
  z.literal('live'),
  z.string().regex(/^v-[a-z0-9]{6,24}$/, 'must be a version id or "live"'),
]);

/** `GET /api/treaties/:id/compare` query. */
export const CompareQuery = z.object({ from: VersionRef, to: VersionRef });

/** The `:code` of `/api/treaties/:id/parties/:code`. */
export const PartyCodeParam = z.object({ code: PartyCode });

/** `PUT /api/treaties/:id/parties/:code` body: adds the party, or renames it in its place. */
export const PartyRequest = Party.pick({ name: true });
export type PartyRequest = z.infer<typeof PartyRequest>;

/** `POST /api/treaties/:id/domains` body; without a key the server derives one from the label. */
export const DomainRequest = CustomDomain.extend({ key: z.optional(DomainKey) });
export type DomainRequest = z.infer<typeof DomainRequest>;

/**
 * How long the server's event loop was held, in milliseconds, since the start
 * and over the last 10 s (`eventLoopDelay` in GET /api/health): the wall-clock
 * delay, the longest busy loop turn, and the slowest single message.
 */
export interface EventLoopFigures {
  maxMs: number;
  recentMaxMs: number;
  maxBusyMs: number;
  recentMaxBusyMs: number;
  slowestMessageMs: number;
  recentSlowestMessageMs: number;
}

/** GET /api/health: open to anyone, so it says nothing about any treaty. */
export interface HealthJSON {
  status: 'ok';
  rooms: number;
  eventLoopDelay: EventLoopFigures;
}

/** What one loaded treaty holds in memory (GET /api/admin/stats?rooms=1). */
export interface RoomFiguresJSON {
  /** Size of the document's full state, encoded as Yjs would send it to a new client. */
  documentBytes: number;
  /** Yjs clients whose changes the document holds, and its structs (items and tombstones). */
  clients: number;
  structs: number;
  /** Awareness states (people present) and clocks y-protocols keeps per client id. */
  awarenessStates: number;
  awarenessClocks: number;
  connections: number;
}

/** GET /api/admin/stats, for the operator only. */
/** The database file, for reading the server's memory: SQLite keeps recently used pages in a cache of its own. */
export interface StoreFiguresJSON {
  /** Size of the database file (pages × page size) and of its write-ahead log. */
  bytes: number;
  walBytes: number;
  /** The most the page cache of the server's connection may hold (`PRAGMA cache_size`). */
  pageCacheLimitBytes: number;
}

export interface ServerStatsJSON {
  memory: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  store: StoreFiguresJSON;
  rooms: number;
  connections: number;
  gcExposed: boolean;
  /** Per loaded treaty, only with `?rooms=1` (encoding every document costs time). */
  roomFigures?: RoomFiguresJSON[];
}
