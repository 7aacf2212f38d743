import {
  ApiErrorCode,
  addCustomDomain,
  type CustomDomain,
  type DomainRequest,
  domainKeyFor,
  type Party,
  readTreatyTags,
  removeParty,
  setParty,
  TagRoot,
} from '@pactum/shared';
import type * as Y from 'yjs';
import type { TreatyAccess } from '../access/AccessControl.ts';
import { type AuditedOutcome, auditedTreatyEdit } from '../agreement/auditedTreatyEdit.ts';
import type { AuditLog } from '../audit/AuditLog.ts';
import { ConflictError, NotFoundError } from '../DomainError.ts';
import type { TreatyService } from '../TreatyService.ts';

/**
 * The tags of the whole treaty: its parties and its own domains. Only the
 * chair changes them (the route checks), always through here: the server
 * writes them as a server edit, so every client sees them live, and audits
 * each change in the same transaction, with a `status.changed` entry for
 * every article whose derived status the change moves (the parties decide
 * who has to sign an article off).
 */
export class TreatyTagService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly audit: AuditLog,
  ) {}

  /** Adds the party, or renames it in its place; the same name again changes nothing. */
  setParty(access: TreatyAccess, code: string, name: string): Promise<{ party: Party; added: boolean }> {
    return this.#edit(access, 'parties', (doc) => {
      const current = readTreatyTags(doc).parties.find((party) => party.code === code);
      const party = { code, name };
      if (current?.name === name) return { result: { party, added: false }, audit: null };
      setParty(doc, party);
      return {
        result: { party, added: !current },
        audit: current
          ? { event: 'party.renamed', details: { code, from: current.name, to: name } }
          : { event: 'party.added', details: { code, name } },
      };
    });
  }

  removeParty(access: TreatyAccess, code: string): Promise<Party> {
    return this.#edit(access, 'parties', (doc) => {
      const party = readTreatyTags(doc).parties.find((p) => p.code === code);
      if (!party)
        throw new NotFoundError(`${code} is not a party of this treaty`, ApiErrorCode.PartyNotFound, {
          delegation: code,
        });
      removeParty(doc, code);
      return { result: party, audit: { event: 'party.removed', details: { ...party } } };
    });
  }

  /** Adds a domain of the treaty's own; its key comes from the label unless given. */
  addDomain(access: TreatyAccess, request: DomainRequest): Promise<CustomDomain> {
    return this.#edit(access, 'domains', (doc) => {
      const { domains } = readTreatyTags(doc);
      const key = request.key ?? domainKeyFor(request.label, domains);
      if (domains.some((domain) => domain.key === key) || doc.getMap(TagRoot.customDomains).has(key)) {
        throw new ConflictError(
          `the treaty already has a domain with the key "${key}"`,
          ApiErrorCode.DomainKeyExists,
          {
            key,
          },
        );
      }
      const sameLabel = domains.find(
        (domain) => domain.label.toLocaleLowerCase() === request.label.toLocaleLowerCase(),
      );
      if (sameLabel)
        throw new ConflictError(
          `the treaty already has a domain called "${sameLabel.label}"`,
          ApiErrorCode.DomainLabelExists,
          { label: sameLabel.label },
        );
      const domain = { key, label: request.label, color: request.color };
      addCustomDomain(doc, domain);
      return { result: domain, audit: { event: 'domain.added', details: { ...domain } } };
    });
  }

  #edit<T>(access: TreatyAccess, cause: string, change: (doc: Y.Doc) => AuditedOutcome<T>): Promise<T> {
    return auditedTreatyEdit(this.treaties, this.audit, access, cause, change);
  }
}
