import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from '../../server/src/persistence/postgres/migratePostgres.ts';
import { call, joinWithInvite } from '../helpers/access.ts';
import { listTreaties } from '../helpers/api.ts';
import { startCluster } from '../helpers/cluster.ts';
import { loggedErrors } from '../helpers/loggedErrors.ts';

const CHAIR_LINK = /Chair link for "([^"]+)" \(works once\): http:\/\/localhost:\d+\/invite\/(\S+)/;

describe('three nodes started at the same moment on an empty database', () => {
  it('migrate it once, create one sample treaty, and exactly one prints the one-use chair link', async () => {
    // At info level a node says when it created the sample treaty.
    const cluster = await startCluster({ env: { LOG_LEVEL: 'info' } });
    const { nodes } = cluster;

    const client = new pg.Client({ connectionString: cluster.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number; times: string }>(
        'SELECT version, count(*) AS times FROM schema_migrations GROUP BY version ORDER BY version',
      );
      expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version }) => ({ version, times: '1' })));
      const treaties = await client.query<{ n: string }>('SELECT count(*) AS n FROM treaties');
      expect(treaties.rows[0]?.n).toBe('1');
    } finally {
      await client.end();
    }

    const creators = nodes.filter((node) => node.output().includes('created the sample treaty'));
    expect(creators).toHaveLength(1);
    const printed = nodes.flatMap((node) => {
      const link = CHAIR_LINK.exec(node.output());
      return link ? [{ node, title: link[1], token: link[2] as string }] : [];
    });
    expect(printed, nodes.map((node) => node.output()).join('\n---\n')).toHaveLength(1);
    const [{ node: printer, title, token }] = printed as [(typeof printed)[number]];

    // Every node serves the one treaty.
    const lists = await Promise.all(nodes.map((node) => listTreaties(node.url)));
    const treatyId = lists[0]?.[0]?.id as string;
    for (const list of lists)
      expect(list.map((treaty) => [treaty.id, treaty.title])).toEqual([[treatyId, title]]);

    // The link works once, on any node: here on one that did not print it.
    const other = nodes.find((node) => node !== printer) ?? printer;
    const chair = await joinWithInvite(other, token, 'First chair');
    const me = await call(printer, 'GET', `/treaties/${treatyId}/me`, { headers: { cookie: chair.cookie } });
    expect(me.body.role).toBe('chair');
    for (const node of nodes) expect((await call(node, 'GET', `/invites/${token}`)).status).toBe(410);

    for (const node of nodes) expect(loggedErrors(node)).toEqual([]);
  });
});
