// The anchor of `npm run bench -- idle`: a WebSocket server that sends every message straight back,
// in a process of its own. Prints `echo server on port <port>`.
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
});
server.on('listening', () => {
  const address = server.address() as { port: number };
  console.log(`echo server on port ${address.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
