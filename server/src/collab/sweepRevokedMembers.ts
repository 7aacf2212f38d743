import { CloseCode } from '@pactum/shared';
import type { AccessRepository } from '../persistence/AccessRepository.ts';
import type { RoomRegistry } from './RoomRegistry.ts';

/**
 * Closes the sockets of members whose access was revoked, as the store tells
 * it. A revocation made on another server process normally arrives through
 * the relay at once; this catches one whose message was lost (the relay was
 * down), within one sweep.
 */
export async function sweepRevokedMembers(rooms: RoomRegistry, access: AccessRepository): Promise<number> {
  let closed = 0;
  for (const room of rooms.all()) {
    const connected = new Set([...room.connections].map((connection) => connection.memberId));
    connected.delete(null);
    if (connected.size === 0) continue;
    const revoked = (await access.members(room.treatyId)).filter(
      (member) => member.revokedAt !== null && connected.has(member.id),
    );
    for (const member of revoked) {
      room.disconnectMember(member.id, CloseCode.Forbidden, 'access revoked');
      closed += 1;
    }
  }
  return closed;
}
