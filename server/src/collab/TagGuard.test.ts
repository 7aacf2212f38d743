import { setClauseDomain, TagRoot, tagKey, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TagGuard } from './TagGuard.ts';

const CLIENT = Symbol('client');

/** A server doc guarded against client updates, and a client doc that starts in sync with it. */
function setup() {
  const server = new Y.Doc();
  writeTreatyToYDoc(server, {
    title: 'T',
    preamble: [],
    clauses: [{ heading: 'A', paragraphs: ['a'], domains: ['cyber'] }],
  });
  const guard = new TagGuard(server, (origin) => origin === CLIENT);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const clauseId = treatyFromYDoc(server).clauses[0]?.clauseId ?? '';
  const send = (edit: () => void) => {
    const before = Y.encodeStateVector(client);
    edit();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before), CLIENT);
    return guard.afterClientUpdate();
  };
  return { server, client, clauseId, send, guard };
}

describe('TagGuard', () => {
  it('reverts invalid entries from a client and keeps the valid ones of the same update', () => {
    const { server, client, clauseId, send } = setup();
    const rejected = send(() =>
      client.transact(() => {
        client.getMap(TagRoot.clauseDomains).set(tagKey(clauseId, 'space'), true);
        client.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'assistanceHours'), -5);
        setClauseDomain(client, clauseId, 'maritime', true);
      }),
    );
    expect(rejected).toEqual([
      `${clauseId}/space: unknown domain "space"`,
      `${clauseId}/assistanceHours: assistanceHours: must not be negative`,
    ]);
    expect(server.getMap(TagRoot.clauseDomains).has(tagKey(clauseId, 'space'))).toBe(false);
    expect(server.getMap(TagRoot.clauseThresholds).has(tagKey(clauseId, 'assistanceHours'))).toBe(false);
    expect(treatyFromYDoc(server).clauses[0]?.domains).toEqual(['maritime', 'cyber']);
  });

  it('restores the previous value when a client overwrites a valid entry with an invalid one', () => {
    const { server, client, clauseId, send } = setup();
    send(() => client.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'minSeverity'), 3));
    expect(
      send(() => client.getMap(TagRoot.clauseThresholds).set(tagKey(clauseId, 'minSeverity'), 'high')),
    ).toHaveLength(1);
    expect(server.getMap(TagRoot.clauseThresholds).get(tagKey(clauseId, 'minSeverity'))).toBe(3);
    // The revert is an ordinary update: the client converges on it.
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    expect(client.getMap(TagRoot.clauseThresholds).get(tagKey(clauseId, 'minSeverity'))).toBe(3);
  });

  it('does not check changes made by the server itself', () => {
    const { server, clauseId, guard } = setup();
    server.getMap(TagRoot.clauseDomains).set(tagKey(clauseId, 'space'), true);
    expect(guard.afterClientUpdate()).toEqual([]);
    expect(server.getMap(TagRoot.clauseDomains).has(tagKey(clauseId, 'space'))).toBe(true);
  });
});
