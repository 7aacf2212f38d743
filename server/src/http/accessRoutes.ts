import { AcceptInviteRequest, Action, CreateInviteRequest, type MeJSON } from '@pactum/shared';
import { Router } from 'express';
import { presenceIdentity } from '../access/AccessControl.ts';
import type { AccessService } from '../access/AccessService.ts';
import { memberJSON } from '../access/accessJSON.ts';
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

  router.get('/session', async (_request, response) => {
    response.json(await access.session(gate.principal(response)));
  });

  router.post('/session/sign-out', async (_request, response) => {
    await access.signOut(gate.principal(response));
    response.setHeader('Set-Cookie', clearSessionCookies());
    response.json({ signedOut: true });
  });

  // Public: the secret token in the path is the credential, so wrong ones count as guesses.
  router.get('/invites/:token', async (request, response) => {
    response.json(await gate.guessing(request, () => access.preview(request.params.token)));
  });

  router.post('/invites/:token/accept', async (request, response) => {
    const { displayName } = parseBody(AcceptInviteRequest, request.body);
    const joined = await gate.guessing(request, () =>
      access.accept(request.params.token, displayName, response.locals.principal ?? null),
    );
    gate.setSessionCookie(request, response, joined.sessionToken);
    response.json({ treatyId: joined.treatyId, member: joined.member });
  });

  router.get('/treaties/:id/me', async (request, response) => {
    const me = await gate.treaty(response, request.params.id, Action.read);
    const { color } = presenceIdentity(me);
    const body: MeJSON = {
      treatyId: me.treatyId,
      member: me.member ? memberJSON(me.member) : null,
      role: me.role,
      delegation: me.delegation,
      displayName: me.displayName,
      color,
      canSignOff: await access.isParty(me),
      epoch: await treaties.epoch(me.treatyId),
    };
    response.json(body);
  });

  router.get('/treaties/:id/members', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json({ members: await access.members(request.params.id) });
  });

  router.delete('/treaties/:id/members/:memberId', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    response.json(await access.revokeMember(chair, request.params.memberId));
  });

  router.get('/treaties/:id/invites', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.manage);
    response.json({ invites: await access.invites(request.params.id) });
  });

  router.post('/treaties/:id/invites', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    const created = await access.createInvite(chair, parseBody(CreateInviteRequest, request.body));
    response.status(201).json(created);
  });

  router.delete('/treaties/:id/invites/:inviteId', async (request, response) => {
    const chair = await gate.treaty(response, request.params.id, Action.manage);
    response.json(await access.revokeInvite(chair, request.params.inviteId));
  });

  router.get('/treaties/:id/audit', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json({ entries: await audit.entries(request.params.id) });
  });

  router.get('/treaties/:id/audit/verify', async (request, response) => {
    await gate.treaty(response, request.params.id, Action.read);
    response.json(await audit.verify(request.params.id));
  });

  return router;
}
