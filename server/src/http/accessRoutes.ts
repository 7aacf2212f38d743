import { AcceptInviteRequest, Action, CreateInviteRequest, type MeJSON } from '@pactum/shared';
import { Router } from 'express';
import { presenceIdentity } from '../access/AccessControl.ts';
import type { AccessService } from '../access/AccessService.ts';
import { memberJSON } from '../access/AccessStore.ts';
import { clearSessionCookies } from '../access/sessionCookie.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { TreatyService } from '../TreatyService.ts';
import { parseBody } from './parseBody.ts';
import type { TreatyGate } from './TreatyGate.ts';

/** Sessions, invites, members, "who am I" and the audit log. */
export function accessRoutes(
  gate: TreatyGate,
  access: AccessService,
  audit: AuditLog,
  treaties: TreatyService,
): Router {
  const router = Router();

  router.get('/session', (_request, response) => {
    response.json(access.session(gate.principal(response)));
  });

  router.post('/session/sign-out', (_request, response) => {
    access.signOut(gate.principal(response));
    response.setHeader('Set-Cookie', clearSessionCookies());
    response.json({ signedOut: true });
  });

  // Public: the secret token in the path is the credential, so wrong ones count as guesses.
  router.get('/invites/:token', (request, response) => {
    response.json(gate.guessing(request, () => access.preview(request.params.token)));
  });

  router.post('/invites/:token/accept', (request, response) => {
    const { displayName } = parseBody(AcceptInviteRequest, request.body);
    const joined = gate.guessing(request, () =>
      access.accept(request.params.token, displayName, response.locals.principal ?? null),
    );
    gate.setSessionCookie(request, response, joined.sessionToken);
    response.json({ treatyId: joined.treatyId, member: joined.member });
  });

  router.get('/treaties/:id/me', (request, response) => {
    const me = gate.treaty(response, request.params.id, Action.read);
    const { color } = presenceIdentity(me);
    const body: MeJSON = {
      treatyId: me.treatyId,
      member: me.member ? memberJSON(me.member) : null,
      role: me.role,
      delegation: me.delegation,
      displayName: me.displayName,
      color,
      canSignOff: access.isParty(me),
      epoch: treaties.epoch(me.treatyId),
    };
    response.json(body);
  });

  router.get('/treaties/:id/members', (request, response) => {
    gate.treaty(response, request.params.id, Action.read);
    response.json({ members: access.members(request.params.id) });
  });

  router.delete('/treaties/:id/members/:memberId', (request, response) => {
    const chair = gate.treaty(response, request.params.id, Action.manage);
    response.json(access.revokeMember(chair, request.params.memberId));
  });

  router.get('/treaties/:id/invites', (request, response) => {
    gate.treaty(response, request.params.id, Action.manage);
    response.json({ invites: access.invites(request.params.id) });
  });

  router.post('/treaties/:id/invites', (request, response) => {
    const chair = gate.treaty(response, request.params.id, Action.manage);
    const created = access.createInvite(chair, parseBody(CreateInviteRequest, request.body));
    response.status(201).json(created);
  });

  router.delete('/treaties/:id/invites/:inviteId', (request, response) => {
    const chair = gate.treaty(response, request.params.id, Action.manage);
    response.json(access.revokeInvite(chair, request.params.inviteId));
  });

  router.get('/treaties/:id/audit', (request, response) => {
    gate.treaty(response, request.params.id, Action.read);
    response.json({ entries: audit.entries(request.params.id) });
  });

  router.get('/treaties/:id/audit/verify', (request, response) => {
    gate.treaty(response, request.params.id, Action.read);
    response.json(audit.verify(request.params.id));
  });

  return router;
}
