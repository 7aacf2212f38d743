import {
  type Actor,
  type AgreementOverview,
  AgreementRoot,
  ApiErrorCode,
  agreementKey,
  agreementMaps,
  agreementOverview,
  type Bracket,
  type ClauseAgreement,
  type ClauseComment,
  type ClauseJSON,
  type ClauseOption,
  type ConcordanceJSON,
  clauseAgreement,
  clauseConcordance,
  clauseContentHash,
  clauseStateOf,
  concordanceRecord,
  languageName,
  type Reservation,
  readAgreement,
  readTreatyTags,
  recordOf,
  restoreClause,
  type SignOff,
  type TreatyJSON,
  treatyFromYDoc,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { auditActor, type TreatyAccess } from '../access/AccessControl.ts';
import { newId } from '../access/tokens.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import type { RoomRegistry } from '../collab/RoomRegistry.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../DomainError.ts';
import { SERVER_EDIT, type TreatyService } from '../TreatyService.ts';
import type { VersionService } from '../versions/VersionService.ts';

/** The treaty and one clause of it, read inside an edit. */
interface ClauseContext {
  doc: Y.Doc;
  treaty: TreatyJSON;
  clause: ClauseJSON;
}

function actorOf(access: TreatyAccess): Actor {
  return {
    memberId: access.member?.id ?? 'operator',
    name: access.displayName,
    delegation: access.delegation ?? '',
  };
}

function optionLabel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/**
 * The agreement workflow: sign-offs, brackets, options, comments and
 * reservations. Each action is authorised by the route, validated here, then
 * written by the server into the treaty's agreement maps (so every client
 * sees it live) and logged in the audit chain in the same transaction.
 */
export class AgreementService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly rooms: RoomRegistry,
    private readonly versions: VersionService,
    private readonly audit: AuditLog,
  ) {}

  overview(treatyId: string): Promise<AgreementOverview> {
    return this.treaties.withDoc(treatyId, (doc) =>
      agreementOverview(treatyFromYDoc(doc), readAgreement(doc)),
    );
  }

  /** Where each article's language texts stand (`GET …/concordance`). */
  concordance(treatyId: string): Promise<ConcordanceJSON> {
    return this.treaties.withDoc(treatyId, (doc) => {
      const treaty = treatyFromYDoc(doc);
      const overview = agreementOverview(treaty, readAgreement(doc));
      return {
        languages: treaty.languages,
        counts: overview.concordance,
        clauses: overview.clauses.map(({ clauseId, number, label, concordance }) => ({
          clauseId,
          number,
          label,
          ...concordance,
        })),
      };
    });
  }

  async signOff(access: TreatyAccess, clauseId: string, adReferendum: boolean): Promise<ClauseAgreement> {
    const delegation = await this.#partyDelegation(access, 'sign off');
    return this.#clauseAction(access, clauseId, 'signoff.given', ({ doc, clause }) => {
      const record = recordOf(readAgreement(doc), clauseId);
      if (record.brackets.some((bracket) => bracket.delegation === delegation)) {
        throw new ConflictError(
          `${delegation} still brackets this article: lift the bracket before signing off`,
          ApiErrorCode.StillBracketed,
          { delegation },
        );
      }
      const signoff: SignOff = {
        clauseId,
        delegation,
        by: actorOf(access),
        at: new Date().toISOString(),
        contentHash: clauseContentHash(clause),
        adReferendum,
      };
      agreementMaps(doc)[AgreementRoot.signoffs].set(agreementKey(clauseId, delegation), signoff);
      return { contentHash: signoff.contentHash, adReferendum };
    });
  }

  async withdrawSignOff(access: TreatyAccess, clauseId: string): Promise<ClauseAgreement> {
    const delegation = await this.#partyDelegation(access, 'withdraw a sign-off');
    return this.#clauseAction(access, clauseId, 'signoff.withdrawn', ({ doc }) => {
      const map = agreementMaps(doc)[AgreementRoot.signoffs];
      if (!map.has(agreementKey(clauseId, delegation)))
        throw new NotFoundError(`${delegation} has not signed this article`, ApiErrorCode.NotSigned, {
          delegation,
        });
      map.delete(agreementKey(clauseId, delegation));
      return {};
    });
  }

  placeBracket(access: TreatyAccess, clauseId: string, reason: string | undefined): Promise<ClauseAgreement> {
    const delegation = this.#delegation(access, 'bracket an article');
    return this.#clauseAction(access, clauseId, 'bracket.placed', ({ doc }) => {
      const bracket: Bracket = {
        clauseId,
        delegation,
        by: actorOf(access),
        at: new Date().toISOString(),
        ...(reason ? { reason } : {}),
      };
      agreementMaps(doc)[AgreementRoot.brackets].set(agreementKey(clauseId, delegation), bracket);
      return { reason: reason ?? null };
    });
  }

  liftBracket(access: TreatyAccess, clauseId: string): Promise<ClauseAgreement> {
    const delegation = this.#delegation(access, 'lift a bracket');
    return this.#clauseAction(access, clauseId, 'bracket.lifted', ({ doc }) => {
      const map = agreementMaps(doc)[AgreementRoot.brackets];
      if (!map.has(agreementKey(clauseId, delegation))) {
        throw new NotFoundError(
          `${delegation} holds no bracket on this article`,
          ApiErrorCode.NoBracketHeld,
          {
            delegation,
          },
        );
      }
      map.delete(agreementKey(clauseId, delegation));
      return {};
    });
  }

  /**
   * A party delegation's drafter or chair confirms that the article's language
   * texts say the same. `seen` are the hashes of the texts they read: if any
   * text changed since, nothing is recorded, so nobody confirms unseen text.
   */
  async confirmConcordance(
    access: TreatyAccess,
    clauseId: string,
    seen: Record<string, string> | undefined,
  ): Promise<ClauseAgreement> {
    await this.#partyDelegation(access, 'confirm concordance');
    return this.#clauseAction(access, clauseId, 'concordance.confirmed', ({ doc, treaty, clause }) => {
      if (treaty.languages.length < 2)
        throw new ConflictError(
          'this treaty has one language: there are no texts to confirm concordant',
          ApiErrorCode.SingleLanguageNoConcordance,
        );
      const { empty } = clauseConcordance(clause, undefined);
      if (empty.length > 0) {
        const names = empty.map((lang) => languageName(lang)).join(', ');
        throw new ConflictError(
          `the ${names} text of this article is empty: there is nothing to confirm yet`,
          ApiErrorCode.ConcordanceTextEmpty,
          { languages: empty.join(','), count: empty.length },
        );
      }
      const record = concordanceRecord(clause, actorOf(access), new Date().toISOString());
      if (seen) {
        const changed = treaty.languages.filter((lang) => seen[lang] !== record.hashes[lang]);
        if (changed.length > 0) {
          const names = changed.map((lang) => languageName(lang)).join(', ');
          throw new ConflictError(
            `the ${names} text of this article changed since you read it: read it again before confirming`,
            ApiErrorCode.TextsChangedSinceRead,
            { languages: changed.join(','), count: changed.length },
          );
        }
      }
      agreementMaps(doc)[AgreementRoot.concordance].set(clauseId, record);
      return { hashes: record.hashes };
    });
  }

  async proposeOption(access: TreatyAccess, clauseId: string, paragraphs: string[]): Promise<ClauseOption> {
    let created: ClauseOption | undefined;
    await this.#clauseAction(access, clauseId, 'option.proposed', ({ doc }) => {
      const existing = recordOf(readAgreement(doc), clauseId).options;
      created = {
        id: newId('o'),
        clauseId,
        label: optionLabel(existing.length),
        paragraphs,
        proposedBy: actorOf(access),
        at: new Date().toISOString(),
        supporters: access.delegation ? [access.delegation] : [],
      };
      agreementMaps(doc)[AgreementRoot.options].set(created.id, created);
      return { optionId: created.id, label: created.label };
    });
    return created as ClauseOption;
  }

  async setSupport(access: TreatyAccess, optionId: string, supports: boolean): Promise<ClauseOption> {
    const delegation = this.#delegation(access, 'support an option');
    const option = await this.#option(access.treatyId, optionId);
    let updated = option;
    await this.#clauseAction(
      access,
      option.clauseId,
      supports ? 'option.supported' : 'option.unsupported',
      ({ doc }) => {
        const current = this.#openOption(doc, optionId);
        const supporters = current.supporters.filter((code) => code !== delegation);
        updated = { ...current, supporters: supports ? [...supporters, delegation] : supporters };
        agreementMaps(doc)[AgreementRoot.options].set(optionId, updated);
        return { optionId, label: current.label };
      },
    );
    return updated;
  }

  /** The option's wording becomes the clause text (a forward edit); the other options are set aside. */
  async adoptOption(access: TreatyAccess, optionId: string): Promise<ClauseAgreement> {
    const option = await this.#option(access.treatyId, optionId);
    // The wording being replaced goes into the clause's history first.
    const room = await this.rooms.open(access.treatyId);
    await this.versions.checkpoint(room);
    return this.#clauseAction(access, option.clauseId, 'option.adopted', ({ doc, clause }) => {
      const current = this.#openOption(doc, optionId);
      const at = new Date().toISOString();
      const body = current.paragraphs.map((text) =>
        text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
      );
      restoreClause(doc, { ...clauseStateOf(clause), clauseId: clause.clauseId, body }, SERVER_EDIT);
      const options = agreementMaps(doc)[AgreementRoot.options];
      options.set(optionId, { ...current, adopted: { by: actorOf(access), at } });
      for (const other of recordOf(readAgreement(doc), clause.clauseId).options) {
        if (other.id !== optionId && !other.adopted && !other.setAside) {
          options.set(other.id, { ...other, setAside: { at } });
        }
      }
      return { optionId, label: current.label, supporters: current.supporters };
    });
  }

  async addComment(
    access: TreatyAccess,
    clauseId: string,
    text: string,
    parentId: string | undefined,
  ): Promise<ClauseComment> {
    const { comment } = await this.treaties.edit(
      access.treatyId,
      (doc) => {
        const clause = this.#clause(doc, clauseId);
        const comments = agreementMaps(doc)[AgreementRoot.comments];
        if (parentId) {
          const parent = comments.get(parentId) as ClauseComment | undefined;
          if (!parent || parent.clauseId !== clauseId)
            throw new NotFoundError(`no comment ${parentId} on this article`, ApiErrorCode.CommentNotFound);
        }
        const created: ClauseComment = {
          id: newId('c'),
          clauseId,
          ...(parentId ? { parentId } : {}),
          by: actorOf(access),
          at: new Date().toISOString(),
          text,
        };
        comments.set(created.id, created);
        return { comment: created, article: clause.number };
      },
      ({ comment: created, article }, scope) =>
        this.audit.append(
          access.treatyId,
          auditActor(access),
          'comment.added',
          { commentId: created.id, clauseId, article, ...(parentId ? { parentId } : {}) },
          scope,
        ),
    );
    return comment;
  }

  /** Marks a comment resolved, once: the first resolver stays. Its article may since have been deleted. */
  resolveComment(access: TreatyAccess, commentId: string): Promise<ClauseComment> {
    return this.treaties.edit(
      access.treatyId,
      (doc) => {
        const comments = agreementMaps(doc)[AgreementRoot.comments];
        const comment = comments.get(commentId) as ClauseComment | undefined;
        if (!comment) throw new NotFoundError(`no comment ${commentId}`, ApiErrorCode.CommentNotFound);
        const ownDelegation = access.delegation !== null && comment.by.delegation === access.delegation;
        if (!ownDelegation && access.role !== 'chair') {
          throw new ForbiddenError(
            'only the chair or the delegation that wrote a comment can resolve it',
            ApiErrorCode.NotCommentAuthor,
          );
        }
        if (comment.resolved) {
          const { by, at } = comment.resolved;
          const who = by.delegation ? `${by.name} (${by.delegation})` : by.name;
          throw new ConflictError(
            `this comment was already resolved by ${who} on ${at.slice(0, 10)} at ${at.slice(11, 16)} UTC`,
            ApiErrorCode.CommentAlreadyResolved,
            { by: who, at },
          );
        }
        const resolved: ClauseComment = {
          ...comment,
          resolved: { by: actorOf(access), at: new Date().toISOString() },
        };
        comments.set(commentId, resolved);
        return resolved;
      },
      (resolved, scope) =>
        this.audit.append(
          access.treatyId,
          auditActor(access),
          'comment.resolved',
          { commentId, clauseId: resolved.clauseId },
          scope,
        ),
    );
  }

  async enterReservation(access: TreatyAccess, clauseId: string, text: string): Promise<Reservation> {
    const delegation = this.#delegation(access, 'enter a reservation');
    let created: Reservation | undefined;
    await this.#clauseAction(access, clauseId, 'reservation.entered', ({ doc }) => {
      created = {
        id: newId('r'),
        clauseId,
        delegation,
        by: actorOf(access),
        at: new Date().toISOString(),
        text,
      };
      agreementMaps(doc)[AgreementRoot.reservations].set(created.id, created);
      return { reservationId: created.id, text };
    });
    return created as Reservation;
  }

  async withdrawReservation(access: TreatyAccess, reservationId: string): Promise<Reservation> {
    const delegation = this.#delegation(access, 'withdraw a reservation');
    const stored = await this.treaties.withDoc(
      access.treatyId,
      (doc) => agreementMaps(doc)[AgreementRoot.reservations].get(reservationId) as Reservation | undefined,
    );
    if (!stored) throw new NotFoundError(`no reservation ${reservationId}`, ApiErrorCode.ReservationNotFound);
    if (stored.delegation !== delegation)
      throw new ForbiddenError(
        `this reservation belongs to ${stored.delegation}`,
        ApiErrorCode.ReservationNotYours,
        {
          delegation: stored.delegation,
        },
      );
    let withdrawn = stored;
    await this.#clauseAction(access, stored.clauseId, 'reservation.withdrawn', ({ doc }) => {
      const current = agreementMaps(doc)[AgreementRoot.reservations].get(reservationId) as Reservation;
      if (current.withdrawn)
        throw new ConflictError('this reservation was already withdrawn', ApiErrorCode.ReservationWithdrawn);
      withdrawn = { ...current, withdrawn: { by: actorOf(access), at: new Date().toISOString() } };
      agreementMaps(doc)[AgreementRoot.reservations].set(reservationId, withdrawn);
      return { reservationId };
    });
    return withdrawn;
  }

  /**
   * Runs `write` on one clause as a server edit and appends `event` to the
   * audit chain in the same transaction, with the clause's status before and
   * after (and a `status.changed` entry when it moved).
   */
  async #clauseAction(
    access: TreatyAccess,
    clauseId: string,
    event: string,
    write: (context: ClauseContext) => Record<string, unknown>,
  ): Promise<ClauseAgreement> {
    let after: ClauseAgreement | undefined;
    let details: Record<string, unknown> = {};
    let before: ClauseAgreement | undefined;
    await this.treaties.edit(
      access.treatyId,
      (doc) => {
        const treaty = treatyFromYDoc(doc);
        const clause = this.#clause(doc, clauseId, treaty);
        before = clauseAgreement(clause, treaty.parties, recordOf(readAgreement(doc), clauseId));
        details = write({ doc, treaty, clause });
        const now = treatyFromYDoc(doc);
        const changed = now.clauses.find((c) => c.clauseId === clauseId) as ClauseJSON;
        after = clauseAgreement(changed, now.parties, recordOf(readAgreement(doc), clauseId));
      },
      async (_result, scope) => {
        const a = after as ClauseAgreement;
        const b = before as ClauseAgreement;
        const base = { clauseId, article: a.number, contentHash: a.contentHash };
        const actor = auditActor(access);
        await this.audit.append(
          access.treatyId,
          actor,
          event,
          { ...base, ...details, status: a.status },
          scope,
        );
        if (a.status !== b.status) {
          await this.audit.append(
            access.treatyId,
            actor,
            'status.changed',
            { ...base, from: b.status, to: a.status },
            scope,
          );
        }
      },
    );
    return after as ClauseAgreement;
  }

  #clause(doc: Y.Doc, clauseId: string, treaty = treatyFromYDoc(doc)): ClauseJSON {
    const clause = treaty.clauses.find((c) => c.clauseId === clauseId);
    if (!clause)
      throw new NotFoundError(`no article with id ${clauseId} in this treaty`, ApiErrorCode.ArticleNotFound);
    return clause;
  }

  async #option(treatyId: string, optionId: string): Promise<ClauseOption> {
    const option = await this.treaties.withDoc(
      treatyId,
      (doc) => agreementMaps(doc)[AgreementRoot.options].get(optionId) as ClauseOption | undefined,
    );
    if (!option) throw new NotFoundError(`no option ${optionId} in this treaty`, ApiErrorCode.OptionNotFound);
    return option;
  }

  #openOption(doc: Y.Doc, optionId: string): ClauseOption {
    const option = agreementMaps(doc)[AgreementRoot.options].get(optionId) as ClauseOption | undefined;
    if (!option) throw new NotFoundError(`no option ${optionId} in this treaty`, ApiErrorCode.OptionNotFound);
    if (option.adopted)
      throw new ConflictError(
        `Option ${option.label} has already been adopted`,
        ApiErrorCode.OptionAlreadyAdopted,
        {
          option: option.label,
        },
      );
    if (option.setAside)
      throw new ConflictError(
        `Option ${option.label} was set aside when another option was adopted`,
        ApiErrorCode.OptionSetAside,
        { option: option.label },
      );
    return option;
  }

  /** The caller's delegation; the operator has none. */
  #delegation(access: TreatyAccess, what: string): string {
    if (!access.delegation)
      throw new ForbiddenError(
        `only a delegation can ${what}; the operator has none`,
        ApiErrorCode.OperatorHasNoDelegation,
      );
    return access.delegation;
  }

  /** The caller's delegation if it is a party of the treaty (only parties agree). */
  async #partyDelegation(access: TreatyAccess, what: string): Promise<string> {
    const delegation = this.#delegation(access, what);
    const parties = await this.treaties.withDoc(access.treatyId, (doc) => readTreatyTags(doc).parties);
    if (!parties.some((party) => party.code === delegation)) {
      throw new ForbiddenError(
        `only party delegations ${what}; ${delegation} is not a party of this treaty`,
        ApiErrorCode.NotAParty,
        { delegation },
      );
    }
    return delegation;
  }
}
