import { CloseCode, type MeJSON } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../server/src/persistence/openStorage.ts';
import { call, memberOf } from '../helpers/access.ts';
import { sampleTreatyId } from '../helpers/api.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { startServer } from '../helpers/startServer.ts';
import { storeEnv } from '../helpers/storeEnv.ts';

describe('the document epoch', () => {
  it('is told to a member by /me and changes when the treaty is replaced', async () => {
    const server = await startServer();
    const treatyId = await sampleTreatyId(server.url);
    const member = await memberOf(server, treatyId, 'Olena', 'UA');
    const before = (await call(server, 'GET', `/treaties/${treatyId}/me`, member)).body as MeJSON;
    expect(before.epoch).toMatch(/^[0-9a-f]{32}$/);

    expect(await server.stop()).toBe(0);
    const { PACTUM_DATABASE_URL: databaseUrl } = await storeEnv(server.dataDir);
    const store = await openStorage({ dataDir: server.dataDir, databaseUrl });
    const renewed = await store.treaties.renewEpoch(treatyId);
    await store.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    const after = (await call(restarted, 'GET', `/treaties/${treatyId}/me`, member)).body as MeJSON;
    expect(after.epoch).toBe(renewed);
    expect(after.epoch).not.toBe(before.epoch);

    // A page that loaded the old document is refused for good; the current one and one that names none get in.
    const collab = `${restarted.wsUrl}/collab/${treatyId}`;
    const stale = await openRawSocket(`${collab}?epoch=${before.epoch}`, member.headers);
    expect(await stale.closed).toEqual({
      code: CloseCode.Replaced,
      reason: 'the treaty was replaced since this page loaded it',
    });
    for (const url of [`${collab}?epoch=${after.epoch}`, collab]) {
      const current = await openRawSocket(url, member.headers);
      expect((await current.firstMessage).byteLength).toBeGreaterThan(0);
      current.ws.close();
    }
  });
});
