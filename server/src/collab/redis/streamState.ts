import crypto from 'node:crypto';
import { compareStreamIds } from './compareStreamIds.ts';
import type { RedisClient } from './RedisConnections.ts';

/**
 * Where a reader stands in a stream: the id it has read through, and how
 * many entries the stream had ever added by then. `epoch` names the stream
 * itself, so a stream deleted and made again under the same key is told apart.
 */
export interface StreamPosition {
  epoch: string;
  id: string;
  added: number;
}

/** What Redis says of a stream now. */
export interface StreamState {
  epoch: string;
  lastId: string;
  /** Entries ever added (XINFO `entries-added`): trimming does not lower it, a new stream restarts it. */
  added: number;
  /** Entries it holds now. */
  length: number;
  /** The highest id trimmed or deleted (XINFO `max-deleted-entry-id`). */
  maxDeletedId: string;
}

/**
 * The state of the stream KEYS[1], or nil when it does not exist and ARGV[1]
 * is ''. With an ARGV[1], a stream without an epoch gets one: an empty
 * consumer group of that name, never read from, which is made with the
 * stream (and the time to live ARGV[2] in ms) when the stream is missing.
 */
export const STREAM_STATE_SCRIPT = `
local key = KEYS[1]
local epoch = ''
if redis.call('EXISTS', key) == 1 then
  local groups = redis.call('XINFO', 'GROUPS', key)
  if #groups > 0 then
    local group = groups[1]
    for i = 1, #group, 2 do
      if group[i] == 'name' then epoch = group[i + 1] end
    end
  end
elseif ARGV[1] == '' then
  return false
end
if epoch == '' and ARGV[1] ~= '' then
  redis.call('XGROUP', 'CREATE', key, ARGV[1], '$', 'MKSTREAM')
  epoch = ARGV[1]
  if ARGV[2] ~= '' then redis.call('PEXPIRE', key, ARGV[2]) end
end
local info = redis.call('XINFO', 'STREAM', key)
local state = {}
for i = 1, #info, 2 do state[info[i]] = info[i + 1] end
return {epoch, state['last-generated-id'], state['entries-added'], state['length'], state['max-deleted-entry-id']}
`;

/** The arguments of STREAM_STATE_SCRIPT: only looking, or giving the stream an epoch (made with `ttlMs` if missing). */
export function streamStateArguments(ensure: { ttlMs: number | null } | null) {
  const epoch = ensure ? `epoch-${crypto.randomBytes(8).toString('hex')}` : '';
  return [epoch, ensure?.ttlMs ? String(ensure.ttlMs) : ''];
}

/** The state of `key`, given an epoch (and made, with `ttlMs`) if it has none. */
export async function ensureStream(
  client: RedisClient,
  key: string,
  ttlMs: number | null,
): Promise<StreamState> {
  const state = parseStreamState(
    await client.eval(STREAM_STATE_SCRIPT, { keys: [key], arguments: streamStateArguments({ ttlMs }) }),
  );
  if (!state) throw new Error(`stream ${key} was not made`);
  return state;
}

/** The state of `key`, or null when it does not exist. */
export async function inspectStream(client: RedisClient, key: string): Promise<StreamState | null> {
  return parseStreamState(
    await client.eval(STREAM_STATE_SCRIPT, { keys: [key], arguments: streamStateArguments(null) }),
  );
}

export function parseStreamState(reply: unknown): StreamState | null {
  if (reply === null) return null;
  if (!Array.isArray(reply) || reply.length !== 5) throw new Error('unexpected stream state reply');
  const [epoch, lastId, added, length, maxDeletedId] = reply as unknown[];
  return {
    epoch: String(epoch),
    lastId: String(lastId),
    added: Number(added),
    length: Number(length),
    maxDeletedId: String(maxDeletedId),
  };
}

/** A reader at the end of the stream as it is now. */
export function positionAtEnd(state: StreamState): StreamPosition {
  return { epoch: state.epoch, id: state.lastId, added: state.added };
}

/**
 * Whether a reader at `position` may have missed entries it can no longer
 * read: the stream is gone or is another one, or entries past the reader were
 * trimmed or deleted. `readToEnd`: the reader has just read everything the
 * stream held when `state` was taken (in one transaction with it).
 */
export function missedEntries(
  position: StreamPosition,
  state: StreamState | null,
  readToEnd: boolean,
): boolean {
  if (state === null || state.epoch !== position.epoch) return true;
  // XDEL past the reader (Redis 7.0 records no trimming here).
  if (compareStreamIds(state.maxDeletedId, position.id) > 0) return true;
  const order = compareStreamIds(state.lastId, position.id);
  if (order < 0 || (readToEnd && order > 0)) return true;
  const addedSince = state.added - position.added;
  // Trimming takes the oldest first: while one entry past the reader is still there, all are.
  return state.length < addedSince || (order === 0 && addedSince !== 0);
}
