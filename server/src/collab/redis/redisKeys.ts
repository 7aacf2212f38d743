/**
 * Where the relay keeps things in Redis. `prefix` separates deployments (or
 * tests) sharing one Redis server; a treaty id is safe in a key as it is.
 */
export function redisKeys(prefix: string) {
  return {
    /** The stream of a treaty's stored updates. */
    updates: (treatyId: string) => `${prefix}:treaty:${treatyId}:updates`,
    /** The pub/sub channel of a treaty's awareness. */
    awareness: (treatyId: string) => `${prefix}:treaty:${treatyId}:awareness`,
    /** The stream of control messages between processes (revocations). */
    control: `${prefix}:control`,
    /** A process's own stream, written to wake its blocked reader when it reads another stream. */
    wake: (nodeId: string) => `${prefix}:node:${nodeId}:wake`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
