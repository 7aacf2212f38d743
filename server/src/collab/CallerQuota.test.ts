import { CloseCode } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import type { TreatyAccess } from '../access/AccessControl.ts';
import type { MemberRow } from '../persistence/AccessRepository.ts';
import { CallerQuota } from './CallerQuota.ts';

const member = (sessionId: string, treatyId: string): TreatyAccess => ({
  treatyId,
  role: 'drafter',
  member: { id: `m-${sessionId}-${treatyId}`, sessionId } as MemberRow,
  delegation: 'FR',
  displayName: 'Alice',
});
const operator = (treatyId: string): TreatyAccess => ({
  treatyId,
  role: 'chair',
  member: null,
  delegation: null,
  displayName: 'Operator',
});
const admitted = (result: ReturnType<CallerQuota['admit']>) => {
  if (Array.isArray(result)) throw new Error(`refused: ${result.join(' ')}`);
  return result;
};

describe('CallerQuota', () => {
  it('caps the sockets of one session, whatever treaties they are on, and frees them on release', () => {
    const quota = new CallerQuota({ socketsPerSession: 3, roomsPerSession: 5, roomsPerOperator: 5 });
    const open = [admitted(quota.admit(member('s1', 't1'))), admitted(quota.admit(member('s1', 't1')))];
    open.push(admitted(quota.admit(member('s1', 't2'))));
    expect(quota.admit(member('s1', 't1'))).toEqual([CloseCode.TooManySockets, expect.any(String)]);
    // Another session is counted apart.
    admitted(quota.admit(member('s2', 't1')));
    open[0]?.release();
    open[0]?.release(); // twice is once
    admitted(quota.admit(member('s1', 't3')));
    expect(quota.admit(member('s1', 't3'))).toEqual([CloseCode.TooManySockets, expect.any(String)]);
  });

  it('caps the treaties a session or the operator has open, not more sockets on an open one', () => {
    const quota = new CallerQuota({ socketsPerSession: 10, roomsPerSession: 2, roomsPerOperator: 3 });
    const first = admitted(quota.admit(member('s1', 't1')));
    admitted(quota.admit(member('s1', 't2')));
    expect(quota.admit(member('s1', 't3'))).toEqual([CloseCode.TooManyRooms, expect.any(String)]);
    admitted(quota.admit(member('s1', 't2')));
    first.release();
    admitted(quota.admit(member('s1', 't3')));

    for (const id of ['t1', 't2', 't3']) admitted(quota.admit(operator(id)));
    expect(quota.admit(operator('t4'))).toEqual([CloseCode.TooManyRooms, expect.any(String)]);
    // The operator's sockets are not capped.
    for (let i = 0; i < 50; i++) admitted(quota.admit(operator('t1')));
  });
});
