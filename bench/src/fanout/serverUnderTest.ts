/** One server the load generator can run against: a fresh process per measurement. */
export interface ServerUnderTest {
  name: string;
  start(): Promise<RunningServer>;
}

export interface RunningServer {
  pid: number;
  /** The WebSocket URL of the benchmark document. */
  url: string;
  headers: Record<string, string>;
  /** Whether its clients follow each edit with a Barrier (our protocol). */
  barriers: boolean;
  stop(): Promise<void>;
}
