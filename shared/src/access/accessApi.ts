import { z } from 'zod';
import type { Actor } from '../agreement/agreementLayout.ts';
import { MAX_DISPLAY_NAME } from './accessLimits.ts';
import { ROLES, type Role } from './roles.ts';

const trimmed = (max: number, what = 'must not be empty') =>
  z.string('must be a string').trim().min(1, what).max(max, `must be at most ${max} characters`);

/** A delegation code: a party code like `UA`, or a non-party one like `SEC` for a secretariat. */
export const DelegationCode = z
  .string('must be a string')
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,11}$/, 'must be 2-12 capital letters, digits or -, starting with a letter');

/** `POST /api/treaties/:id/invites`. */
export const CreateInviteRequest = z.strictObject({
  delegation: DelegationCode,
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  /** How many people may join with it; absent = one (more is the chair's explicit choice). */
  maxUses: z.number('must be a number').int('must be a whole number').min(1).max(1000).optional(),
  /** Hours until it expires; absent = 7 days. */
  expiresInHours: z
    .number('must be a number')
    .positive('must be positive')
    .max(24 * 365)
    .optional(),
});
export type CreateInviteRequest = z.infer<typeof CreateInviteRequest>;

/** `POST /api/invites/:token/accept`. */
export const AcceptInviteRequest = z.strictObject({ displayName: trimmed(MAX_DISPLAY_NAME) });
export type AcceptInviteRequest = z.infer<typeof AcceptInviteRequest>;

export interface InviteJSON {
  id: string;
  delegation: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
  /** True while it can still be used. */
  usable: boolean;
  createdBy: string;
}

/** Returned once, when the invite is created: the secret link. */
export interface CreatedInviteJSON extends InviteJSON {
  token: string;
  /** Path of the link (`/invite/<token>`); prefix it with the server's address. */
  path: string;
}

/** `GET /api/invites/:token`: what the invitee sees before accepting. */
export interface InvitePreviewJSON {
  treatyId: string;
  treatyTitle: string;
  delegation: string;
  role: Role;
  expiresAt: string;
}

export interface MemberJSON {
  id: string;
  treatyId: string;
  displayName: string;
  delegation: string;
  role: Role;
  joinedAt: string;
  revokedAt: string | null;
}

/** `GET /api/treaties/:id/me`: who the caller is in this treaty. */
export interface MeJSON {
  treatyId: string;
  /** Null for the operator (admin token), who is chair everywhere. */
  member: MemberJSON | null;
  role: Role;
  delegation: string | null;
  displayName: string;
  color: string;
  /** The caller's delegation is a party, so it can sign off. */
  canSignOff: boolean;
  /**
   * The identity of the treaty's document, renewed when it is replaced (a
   * restore): a browser keeps its local copy under it and merges no other.
   */
  epoch: string;
}

/** `GET /api/session`. */
export interface SessionJSON {
  displayName: string;
  memberships: MemberJSON[];
}

export const SignOffRequest = z.strictObject({ adReferendum: z.boolean('must be true or false').optional() });
export const BracketRequest = z.strictObject({
  reason: z.string('must be a string').trim().max(500).optional(),
});
export const ProposeOptionRequest = z.strictObject({
  paragraphs: z
    .array(z.string('must be a string').trim().max(20_000), 'must be a list of paragraphs')
    .min(1, 'must have at least one paragraph')
    .max(100)
    .refine((paragraphs) => paragraphs.some((p) => p !== ''), 'must not be empty'),
});
export const CommentRequest = z.strictObject({
  text: trimmed(5000),
  parentId: z
    .string()
    .regex(/^c-[a-z0-9]{6,24}$/, 'must be a comment id')
    .optional(),
});
export const ReservationRequest = z.strictObject({ text: trimmed(5000) });
/**
 * Confirms an article's language texts concordant. `hashes` are the texts the
 * confirming person read (languageTextHash per language): when given, the
 * server refuses if any text changed since, so nobody confirms unseen text.
 */
export const ConcordanceRequest = z.strictObject({
  hashes: z
    .record(
      z.string().regex(/^[a-z]{2}$/, 'must be a language code'),
      z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
      'must map language codes to SHA-256 hashes',
    )
    .optional(),
});

export type { Actor };
