import { CloseCode } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { readTreaty, sampleTreatyId } from '../helpers/api.ts';
import { CollabClient } from '../helpers/CollabClient.ts';
import { retry } from '../helpers/retry.ts';
import { startServer } from '../helpers/startServer.ts';
import { storedTexts } from '../helpers/storeSql.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('durability', () => {
  it('keeps every edit across a clean restart (SIGTERM)', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const a = new CollabClient(server.wsUrl, id);
    const b = new CollabClient(server.wsUrl, id);
    await Promise.all([a.synced(), b.synced()]);
    a.bodyText(1).insert(0, 'Edited by A. ');
    b.bodyText(2).insert(0, 'Редагування Б. ');
    await Promise.all([a.allConfirmed(), b.allConfirmed()]);
    const before = await readTreaty(server.url, id);
    a.destroy();
    b.destroy();

    expect(await server.stop()).toBe(0);
    const restarted = await startServer({ dataDir: server.dataDir });
    const after = await readTreaty(restarted.url, id);
    expect(after.clauses).toEqual(before.clauses);
    expect(after.clauses[1]?.text).toMatch(/^Edited by A\. /);
    expect(after.clauses[2]?.text).toMatch(/^Редагування Б\. /);
  });

  it('loses no confirmed edit when the server is killed with SIGKILL mid-typing, and receives the rest on reconnect', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const typists = [0, 1, 2].map(() => new CollabClient(server.wsUrl, id));
    await Promise.all(typists.map((t) => t.synced()));

    // Each typist appends numbered tokens to its own article and remembers its change count after each one.
    const sent: Array<Array<{ token: string; seq: number }>> = typists.map(() => []);
    let typing = true;
    const loops = typists.map(async (typist, i) => {
      for (let n = 0; typing; n++) {
        const text = typist.bodyText(i);
        const token = `[t${i}-${n}]`;
        text.insert(text.length, token);
        sent[i]?.push({ token, seq: typist.changeSeq() });
        // Up to 50 keys a second, over twice a fast typist (the server closes past 60 a second: 4429).
        await sleep(20);
      }
    });
    await sleep(1500);
    const killedAt = performance.now();
    await server.kill9();
    typing = false;
    await Promise.all(loops);

    const confirmed = typists.map((typist, i) =>
      (sent[i] ?? []).filter(({ seq }) => typist.isConfirmed(seq)),
    );
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    const restartMs = performance.now() - killedAt;
    const stored = await readTreaty(restarted.url, id);
    const missing = confirmed.flatMap((tokens, i) =>
      tokens.filter(({ token }) => !stored.clauses[i]?.text.includes(token)).map(({ token }) => token),
    );
    const sentCount = sent.reduce((sum, tokens) => sum + tokens.length, 0);
    const confirmedCount = confirmed.reduce((sum, tokens) => sum + tokens.length, 0);
    const storedCount = sent
      .flat()
      .filter(({ token }) => stored.clauses.some((c) => c.text.includes(token))).length;
    console.log(
      `kill -9 durability: ${sentCount} edits sent by 3 clients in 1.5 s, ${confirmedCount} confirmed, ` +
        `${storedCount} on disk after SIGKILL, ${missing.length} confirmed edits missing; restart took ${restartMs.toFixed(0)} ms`,
    );
    expect(confirmedCount).toBeGreaterThan(50);
    expect(missing).toEqual([]);

    // The clients reconnect to the restarted server on the same port and send what was not stored.
    await retry(async () => {
      const final = await readTreaty(restarted.url, id);
      for (const [i, tokens] of sent.entries()) {
        for (const { token } of tokens) expect(final.clauses[i]?.text).toContain(token);
      }
    }, 15_000);
    await Promise.all(typists.map((t) => t.allConfirmed()));
    for (const typist of typists) typist.destroy();
  });

  it('on SIGTERM stores and confirms what it received, closes with 1012, and the clients resend the rest to the next server by themselves', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const typists = [0, 1, 2].map(() => new CollabClient(server.wsUrl, id));
    await Promise.all(typists.map((t) => t.synced()));

    const sent: Array<Array<{ token: string; seq: number }>> = typists.map(() => []);
    // Confirmed change count of each client when its socket closed.
    const confirmedAtClose: number[] = [];
    let typing = true;
    const loops = typists.map(async (typist, i) => {
      for (let n = 0; typing; n++) {
        if (typist.closes.length > 0 && confirmedAtClose[i] === undefined) {
          confirmedAtClose[i] = typist.confirmedSeq;
        }
        const text = typist.bodyText(i);
        const token = `[t${i}-${n}]`;
        text.insert(text.length, token);
        sent[i]?.push({ token, seq: typist.changeSeq() });
        // Up to 50 keys a second, over twice a fast typist (the server closes past 60 a second: 4429).
        await sleep(20);
      }
    });
    await sleep(1000);
    expect(await server.stop()).toBe(0);
    // Typing goes on while the server is down: those edits wait in the clients.
    await retry(() => expect(typists.every((t) => t.closes.length > 0)).toBe(true));
    await sleep(100);
    typing = false;
    await Promise.all(loops);

    for (const typist of typists) expect(typist.closes[0]?.code).toBe(CloseCode.ServiceRestart);
    const stored = await storedTexts(server.dataDir, id);
    for (const [i, tokens] of sent.entries()) {
      const confirmed = tokens.filter(({ seq }) => seq <= (confirmedAtClose[i] ?? 0));
      expect(confirmed.length).toBeGreaterThan(10);
      for (const { token } of confirmed) expect(stored[i]).toContain(token);
      // Every barrier the server read was answered before the close: at most the last
      // edit (whose barrier frame was not read yet) is stored without a confirmation.
      const storedUnconfirmed = tokens.filter(
        ({ token, seq }) => seq > (confirmedAtClose[i] ?? 0) && stored[i]?.includes(token),
      );
      expect(storedUnconfirmed.length).toBeLessThanOrEqual(1);
      expect(tokens.length).toBeGreaterThan(confirmed.length);
    }

    // A supervisor restarts it on the same port; the clients come back without being told to.
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await Promise.all(typists.map((t) => t.allConfirmed(15_000)));
    const final = await readTreaty(restarted.url, id);
    for (const [i, tokens] of sent.entries()) {
      for (const { token } of tokens) expect(final.clauses[i]?.text.split(token)).toHaveLength(2);
    }
    for (const typist of typists) typist.destroy();
  });

  // The server shows a client's edit to the others before its commit and confirms it after. These
  // kills land in between: PACTUM_FAULT_COMMIT_DELAY_MS (test only) holds each commit after the broadcast.
  it('after a kill -9 between broadcast and commit, an edit another client saw comes back from that client', async () => {
    const server = await startServer({ env: { PACTUM_FAULT_COMMIT_DELAY_MS: '3000' } });
    const id = await sampleTreatyId(server.url);
    const sender = new CollabClient(server.wsUrl, id);
    const receiver = new CollabClient(server.wsUrl, id);
    await Promise.all([sender.synced(15_000), receiver.synced(15_000)]);
    const token = '[seen, never stored]';
    sender.bodyText(3).insert(0, token);
    await retry(() => expect(receiver.bodyText(3).toString()).toContain(token), 2_000);
    // Shown to the other client while the commit is held: not confirmed, not on disk.
    expect(sender.isConfirmed()).toBe(false);
    await server.kill9();
    expect((await storedTexts(server.dataDir, id))[3]).not.toContain(token);
    // The sender's device is gone with its unconfirmed edit: only the receiver holds it now.
    sender.destroy();

    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    // The receiver reconnects by itself and sends what the server lacks in its sync handshake.
    await retry(async () => expect((await storedTexts(restarted.dataDir, id))[3]).toContain(token), 15_000);
    const late = new CollabClient(restarted.wsUrl, id);
    await late.synced();
    expect(late.treaty().clauses).toEqual(receiver.treaty().clauses);
    expect(late.bodyText(3).toString().split(token)).toHaveLength(2);
    receiver.destroy();
    late.destroy();
  });

  it('loses no confirmed edit to kills -9 between broadcast and commit, and the clients bring back the rest and converge', async () => {
    const server = await startServer({ env: { PACTUM_FAULT_COMMIT_DELAY_MS: '800' } });
    const id = await sampleTreatyId(server.url);
    const typists = [0, 1].map(() => new CollabClient(server.wsUrl, id));
    await Promise.all(typists.map((t) => t.synced(15_000)));

    const sent: Array<Array<{ token: string; seq: number }>> = typists.map(() => []);
    let typing = true;
    const loops = typists.map(async (typist, i) => {
      for (let n = 0; typing; n++) {
        const text = typist.bodyText(i);
        const token = `[w${i}-${n}]`;
        text.insert(text.length, token);
        sent[i]?.push({ token, seq: typist.changeSeq() });
        await sleep(20);
      }
    });
    // Long enough for a few held commits to end (and confirm what they held), then a kill inside the next.
    await sleep(3000);
    await server.kill9();
    typing = false;
    await Promise.all(loops);

    const stored = await storedTexts(server.dataDir, id);
    const confirmed = typists.map((typist, i) =>
      (sent[i] ?? []).filter(({ seq }) => typist.isConfirmed(seq)),
    );
    const lost = confirmed.flatMap((tokens, i) =>
      tokens.filter(({ token }) => !stored[i]?.includes(token)).map(({ token }) => token),
    );
    // What each typist's edits the other one held at the kill, but the store did not.
    const seenNotStored = typists.flatMap((_, i) =>
      (sent[i] ?? []).filter(
        ({ token }) => typists[1 - i]?.bodyText(i).toString().includes(token) && !stored[i]?.includes(token),
      ),
    );
    const confirmedCount = confirmed.reduce((sum, tokens) => sum + tokens.length, 0);
    console.log(
      `kill -9 between broadcast and commit: ${sent.flat().length} edits sent, ${confirmedCount} confirmed, ` +
        `${seenNotStored.length} seen by the other client but not stored, ${lost.length} confirmed edits lost`,
    );
    expect(confirmedCount).toBeGreaterThan(20);
    expect(lost).toEqual([]);
    // The kill did land between broadcast and commit.
    expect(seenNotStored.length).toBeGreaterThan(0);

    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await Promise.all(typists.map((t) => t.allConfirmed(15_000)));
    const final = await storedTexts(restarted.dataDir, id);
    for (const [i, tokens] of sent.entries()) {
      for (const { token } of tokens) expect(final[i]?.split(token)).toHaveLength(2);
    }
    await retry(() => {
      expect(typists[0]?.treaty().clauses).toEqual(typists[1]?.treaty().clauses);
      expect(typists[0]?.treaty().clauses.map((clause) => clause.text)).toEqual(final);
    });
    for (const typist of typists) typist.destroy();
  });

  it('keeps edits made while the server is down and sends them on reconnect', async () => {
    const server = await startServer();
    const id = await sampleTreatyId(server.url);
    const client = new CollabClient(server.wsUrl, id);
    await client.synced();
    await server.stop();
    await retry(() => expect(client.provider.wsconnected).toBe(false));

    client.bodyText(4).insert(0, 'Written offline. ');
    expect(client.isConfirmed()).toBe(false);
    const restarted = await startServer({ dataDir: server.dataDir, port: server.port });
    await client.allConfirmed(15_000);
    expect((await readTreaty(restarted.url, id)).clauses[4]?.text).toMatch(/^Written offline\. /);
    client.destroy();
  });
});
