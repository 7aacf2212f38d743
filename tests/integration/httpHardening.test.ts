import http from 'node:http';
import net from 'node:net';
import { Limits } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { call, createInvite, memberOf, operatorHeaders } from '../helpers/access.ts';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { type RunningServer, startServer } from '../helpers/startServer.ts';

/**
 * A request whose body is declared `length` bytes long; only `body` (if any) is
 * sent, so an answer before the whole body means the length alone was refused.
 */
function declaredBody(
  server: RunningServer,
  method: string,
  path: string,
  length: number,
  headers: Record<string, string>,
  body?: Buffer,
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(`${server.url}/api${path}`, {
      method,
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    if (body) request.end(body);
    else request.flushHeaders();
  });
}

/** A JSON document of exactly `bytes` bytes. */
const jsonOfSize = (bytes: number) => Buffer.from(`{"p":"${'x'.repeat(bytes - 8)}"}`);

/** Opens a TCP connection, sends `start`, then one more byte every 200 ms; resolves with what came back and when. */
function trickle(server: RunningServer, start: string) {
  return new Promise<{ ms: number; answer: string }>((resolve) => {
    const started = Date.now();
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(start));
    let answer = '';
    const drip = setInterval(() => socket.writable && socket.write('x'), 200);
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ ms: Date.now() - started, answer });
    });
  });
}

describe('HTTP hardening', () => {
  it('sends Cache-Control: no-store on every API answer and export, and a strict CSP everywhere', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
    const clauseId = (await readTreaty(server.url, id)).clauses[0]?.clauseId;
    const paths: Array<[string, Record<string, string>]> = [
      ['/api/health', {}],
      ['/api/session', member.headers],
      ['/api/session', {}],
      ['/api/treaties', member.headers],
      [`/api/treaties/${id}`, member.headers],
      [`/api/treaties/${id}/agreement`, member.headers],
      [`/api/treaties/${id}/members`, member.headers],
      [`/api/treaties/${id}/audit`, member.headers],
      [`/api/treaties/${id}/versions`, member.headers],
      [`/api/treaties/${id}/compare?from=live&to=live`, member.headers],
      [`/api/treaties/${id}/clauses/${clauseId}/history`, member.headers],
      [`/api/invites/${invite.token}`, {}],
      ['/api/invites/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', {}],
      [`/api/treaties/${id}/export.pdf`, member.headers],
      [`/api/treaties/${id}/export.docx`, member.headers],
      [`/api/treaties/${id}/export.akn.xml`, member.headers],
      [`/api/treaties/${id}/export.json`, member.headers],
      ['/api/no-such-route', member.headers],
    ];
    for (const [path, headers] of paths) {
      const response = await fetch(`${server.url}${path}`, { headers });
      await response.arrayBuffer();
      expect(`${path} ${response.headers.get('cache-control')}`).toBe(`${path} no-store`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(
        /script-src 'self'; script-src-attr 'none'/,
      );
      if (path.includes('/export.')) {
        expect(response.status).toBe(200);
        // Downloads, never pages of our origin: and if opened anyway, the CSP runs none of their script.
        expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
      }
    }
    for (const page of ['/', `/invite/${invite.token}`, `/treaties/${id}`]) {
      const response = await fetch(`${server.url}${page}`);
      await response.text();
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it('limits the body of every route that takes one', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const invite = await createInvite(server, id, { delegation: 'NL', role: 'observer' });
    const clause = `/treaties/${id}/clauses/${(await readTreaty(server.url, id)).clauses[0]?.clauseId}`;
    const json = Limits.maxJsonBodyBytes + 1;
    const routes: Array<[string, string, number]> = [
      ['POST', '/treaties', json],
      ['POST', `/treaties/${id}/scenario`, json],
      ['POST', `/treaties/${id}/versions`, json],
      ['POST', `/treaties/${id}/invites`, json],
      ['POST', `/invites/${invite.token}/accept`, json],
      ['POST', '/session/sign-out', json],
      ['POST', `${clause}/signoff`, json],
      ['POST', `${clause}/brackets`, json],
      ['POST', `${clause}/options`, json],
      ['POST', `${clause}/comments`, json],
      ['POST', `${clause}/reservations`, json],
      ['PUT', `/treaties/${id}/parties/SE`, json],
      ['POST', `/treaties/${id}/domains`, json],
      ['POST', '/imports', 20 * 1024 * 1024 + 1],
      ['POST', `/treaties/${id}/verify-export`, 50 * 1024 * 1024 + 1],
    ];
    for (const [method, path, length] of routes) {
      const answer = await declaredBody(server, method, path, length, operatorHeaders(server));
      expect(`${method} ${path} ${answer.status} ${answer.body}`).toBe(
        `${method} ${path} 413 {"error":{"code":"payload_too_large","message":"request body too large"}}`,
      );
      // A body at the limit is read, then judged on its content (the uploads: a body past the JSON limit).
      const fits = jsonOfSize(length === json ? json - 1 : 1024 * 1024);
      const read = await declaredBody(server, method, path, fits.length, operatorHeaders(server), fits);
      expect(`${method} ${path} ${read.status}`).not.toBe(`${method} ${path} 413`);
    }
    // Without a declared length, the body is counted as it arrives.
    const chunked = await fetch(`${server.url}/api${clause}/comments`, {
      method: 'POST',
      headers: { ...operatorHeaders(server), 'content-type': 'application/json' },
      body: new Blob([`{"text":"${'x'.repeat(json)}"}`]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await call(server, 'GET', '/health')).status).toBe(200);
  });

  it('closes connections whose headers or body arrive too slowly, but not WebSockets', async () => {
    const server = await startServer({
      env: { PACTUM_HEADERS_TIMEOUT_MS: '1000', PACTUM_REQUEST_TIMEOUT_MS: '2000' },
    });
    const id = await sampleTreatyId(server.url);
    const member = await memberOf(server, id, 'Olena', 'UA', 'drafter');
    const editor = new CollabClient(server.wsUrl, id, { headers: member.headers });
    await editor.synced();

    const [headers, body] = await Promise.all([
      trickle(server, `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `),
      trickle(
        server,
        `POST /api/treaties HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"title":"`,
      ),
    ]);
    // Each timeout plus at most the 1 s check interval.
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeLessThan(2_600);
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeGreaterThan(1_900);
    expect(body.ms).toBeLessThan(3_600);

    // The socket opened before all that is still live and still saving.
    editor.bodyText(0).insert(0, 'Still here. ');
    await editor.allConfirmed();
    expect((await readTreaty(server.url, id)).clauses[0]?.text).toMatch(/^Still here\. /);
    editor.destroy();
  });
});
