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
  /** Several server processes of one cluster (the first is `pid`/`url`): clients are spread over them. */
  nodes?: Array<{ pid: number; url: string }>;
  /** Processes the servers depend on (Postgres, Redis): their CPU time so far, in ms. */
  services?: Array<{ name: string; cpuMs(): number }>;
}
