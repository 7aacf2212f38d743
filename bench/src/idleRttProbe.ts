// `node --import tsx idleRttProbe.ts '<{url, rate, warmupMs, durationMs, bytes}>'`: sends `rate`
// messages a second to an echo server and reports each round trip (ms) to its parent over IPC.
import WebSocket from 'ws';

interface ProbeConfig {
  url: string;
  rate: number;
  warmupMs: number;
  durationMs: number;
  /** Size of each message: about that of a one-character Yjs update frame. */
  bytes: number;
}

const config = JSON.parse(process.argv[2] as string) as ProbeConfig;
const socket = new WebSocket(config.url, { perMessageDeflate: false });
const message = Buffer.alloc(config.bytes, 7);
const rtts: number[] = [];
let sentAt = 0;
let measuring = false;

socket.on('message', () => {
  if (measuring) rtts.push(performance.now() - sentAt);
});
socket.on('open', () => {
  const start = performance.now();
  const interval = 1000 / config.rate;
  let sent = 0;
  const tick = () => {
    const now = performance.now();
    if (now - start >= config.warmupMs + config.durationMs) {
      process.send?.({ rtts }, () => process.exit(0));
      return;
    }
    measuring = now - start >= config.warmupMs;
    sentAt = performance.now();
    socket.send(message);
    sent += 1;
    setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
  };
  tick();
});
socket.on('error', (error) => {
  process.send?.({ error: error.message }, () => process.exit(1));
});
