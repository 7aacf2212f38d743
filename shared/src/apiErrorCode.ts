// The refusals' codes, which the editor reads too; apart from api.ts's schemas so that reading
// them does not bring zod into the browser's editor.

/** Error body of every failed API call. */
export interface ApiError {
  /**
   * `message` is English for people reading the API; the client words `code`
   * (with `params`) in the reader's language. `params` hold only what the
   * sentence names: a delegation code, a language code (`language`) or a
   * comma-separated list of them (`languages`), an option's label, a domain's
   * key or label, `count` (the number a plural follows), the first invalid
   * `field` of a request. Never a secret.
   */
  error: { code: ApiErrorCode; message: string; params?: Record<string, string | number> };
}

/**
 * The stable codes of every refusal. The generic ones (`bad_request`,
 * `forbidden`, `not_found`, `conflict`, `gone`…) stay for refusals no person
 * meets through the interface; each specific code goes with one status and
 * one sentence, whatever the English message says.
 */
export const ApiErrorCode = {
  /** The request is not valid; `params.field` names the first invalid field when there is one. */
  BadRequest: 'bad_request',
  InvalidTreatyId: 'invalid_treaty_id',
  Unauthorized: 'unauthorized',
  /** The request's session cookie opens nothing any more (signed out, idle, every membership revoked). */
  SessionEnded: 'session_ended',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  Gone: 'gone',
  PayloadTooLarge: 'payload_too_large',
  /** Too many wrong invite links or credentials from one address; `params.count` seconds to wait (Retry-After). */
  TooManyRequests: 'too_many_requests',
  /** The server cannot store anything right now (disk full, I/O error); nothing was changed, try again later. */
  StoreUnavailable: 'store_unavailable',
  Internal: 'internal',

  // Who may do what (403, 400)
  /** A write from a page of another site (403). */
  OriginNotAllowed: 'origin_not_allowed',
  /** The caller is not a member of this treaty (403). */
  NotAMember: 'not_a_member',
  /** The caller's role does not allow the action (403); `params.role`, `params.action`. */
  RoleForbids: 'role_forbids',
  /** Only the operator may do this (403). */
  OperatorOnly: 'operator_only',
  /** An action of a delegation asked with the operator token, which has none (403). */
  OperatorHasNoDelegation: 'operator_has_no_delegation',
  /** The operator token has no session to sign out of (400). */
  OperatorHasNoSession: 'operator_has_no_session',
  /** Only parties' delegations sign off or confirm concordance (403); `params.delegation`. */
  NotAParty: 'not_a_party',
  /** A drafter's invite for a delegation that is not a party (400); `params.delegation`. */
  DrafterNeedsParty: 'drafter_needs_party',
  /** A chair may not revoke their own membership (409). */
  ChairCannotRevokeSelf: 'chair_cannot_revoke_self',
  /** No such member in this treaty (404). */
  MemberNotFound: 'member_not_found',
  /** No such invite in this treaty (404). */
  InviteNotFound: 'invite_not_found',
  /** An invite link that names no invite (404). */
  InviteInvalid: 'invite_invalid',
  /** The invite was revoked (410). */
  InviteRevoked: 'invite_revoked',
  /** The invite expired (410). */
  InviteExpired: 'invite_expired',
  /** The invite was used as often as it allows (410). */
  InviteUsedUp: 'invite_used_up',

  // Treaties, articles, versions (404)
  TreatyNotFound: 'treaty_not_found',
  ArticleNotFound: 'article_not_found',
  VersionNotFound: 'version_not_found',

  // Agreement
  /** A sign-off while the delegation still brackets the article (409); `params.delegation`. */
  StillBracketed: 'still_bracketed',
  /** Withdrawing a sign-off the delegation never gave (404); `params.delegation`. */
  NotSigned: 'not_signed',
  /** Lifting a bracket the delegation does not hold (404); `params.delegation`. */
  NoBracketHeld: 'no_bracket_held',
  /** Concordance in a treaty of one language (409). */
  SingleLanguageNoConcordance: 'single_language_no_concordance',
  /** Concordance of an article with an empty text (409); `params.languages`, `params.count`. */
  ConcordanceTextEmpty: 'concordance_text_empty',
  /** Texts changed since the reader read them: nothing confirmed (409); `params.languages`, `params.count`. */
  TextsChangedSinceRead: 'texts_changed_since_read',
  CommentNotFound: 'comment_not_found',
  /** Only the chair or the comment's delegation resolves it (403). */
  NotCommentAuthor: 'not_comment_author',
  /** (409) `params.by` (name and delegation), `params.at` (ISO 8601). */
  CommentAlreadyResolved: 'comment_already_resolved',
  ReservationNotFound: 'reservation_not_found',
  /** Another delegation's reservation (403); `params.delegation` (its owner). */
  ReservationNotYours: 'reservation_not_yours',
  /** (409) */
  ReservationWithdrawn: 'reservation_withdrawn',
  OptionNotFound: 'option_not_found',
  /** (409) `params.option` (its label). */
  OptionAlreadyAdopted: 'option_already_adopted',
  /** (409) `params.option` (its label). */
  OptionSetAside: 'option_set_aside',

  // Languages
  /** (409) `params.language`. */
  LanguageExists: 'language_exists',
  /** (409) `params.count` (the most a treaty may have). */
  TooManyLanguages: 'too_many_languages',
  /** Removing the only language (409). */
  LastLanguage: 'last_language',
  /** (400) `params.code` (as sent). */
  NotALanguageCode: 'not_a_language_code',
  /** A language the treaty (or this version of it) does not have (404, 400); `params.language`, `params.languages`. */
  LanguageNotInTreaty: 'language_not_in_treaty',
  /** Comparing languages of a treaty that has one (400); `params.language`. */
  SingleLanguageNoCompare: 'single_language_no_compare',
  /** The same language on both sides of a language compare (400). */
  SameLanguageTwice: 'same_language_twice',

  // Parties and domains
  /** (404) `params.delegation`. */
  PartyNotFound: 'party_not_found',
  /** (409) `params.key`. */
  DomainKeyExists: 'domain_key_exists',
  /** (409) `params.label`. */
  DomainLabelExists: 'domain_label_exists',

  // Export and import (400)
  /** A Word or Akoma Ntoso export asked in two languages. */
  ExportOneLanguage: 'export_one_language',
  /** A bilingual PDF asked without two languages. */
  ExportNeedsTwoLanguages: 'export_needs_two_languages',
  /** A compare export without both versions. */
  CompareNeedsVersions: 'compare_needs_versions',
  /** An import whose `format` is not a Pactum treaty file. */
  NotATreatyFile: 'not_a_treaty_file',
  /** An import whose text does not fit a treaty. */
  TreatyFileInvalid: 'treaty_file_invalid',
  /** A check of an exported file sent without the file. */
  FileMissing: 'file_missing',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];
