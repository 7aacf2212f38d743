/** Milliseconds on the process-wide monotonic clock, the same in every thread (performance.now() is not). */
export const now = (): number => Number(process.hrtime.bigint() / 1000n) / 1000;
