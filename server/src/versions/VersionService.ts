import { createHash } from 'node:crypto';
import {
  type CreateVersionRequest,
  canonicalJSON,
  clauseStateOf,
  compareTreaties,
  type HistoryState,
  randomId,
  type TreatyJSON,
  treatyFromYDoc,
  type VersionComparison,
  type VersionLists,
} from '@pactum/shared';
import * as Y from 'yjs';
import type { Room } from '../collab/Room.ts';
import { NotFoundError } from '../DomainError.ts';
import type { VersionKind, VersionMeta, VersionStore } from '../persistence/VersionStore.ts';
import type { TreatyService } from '../TreatyService.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Named versions, checkpoints, compare and per-clause history of treaties. */
export class VersionService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly versions: VersionStore,
    /** Checkpoints kept per treaty; older ones are pruned (named versions never are). */
    private readonly keepCheckpoints: number,
  ) {}

  /**
   * A version called by `createdBy` ("Name · Delegation", from the session);
   * `alongside` (its audit entry) is stored in the same transaction.
   */
  createNamed(
    treatyId: string,
    request: CreateVersionRequest,
    createdBy: string,
    alongside?: (meta: { id: string; name: string | null }) => void,
  ): VersionMeta {
    return this.#create(treatyId, 'named', request.name, request.note ?? null, createdBy, alongside);
  }

  /** Records a checkpoint if the room changed since the last version; returns it, or null. */
  checkpoint(room: Room): VersionMeta | null {
    if (!room.changes) return null;
    const meta = this.#create(room.treatyId, 'checkpoint', null, null, null);
    this.versions.pruneCheckpoints(room.treatyId, this.keepCheckpoints);
    return meta;
  }

  #create(
    treatyId: string,
    kind: VersionKind,
    name: string | null,
    note: string | null,
    createdBy: string | null,
    alongside?: (meta: { id: string; name: string | null }) => void,
  ) {
    return this.treaties.withDoc(treatyId, (doc, room) => {
      const treaty = treatyFromYDoc(doc);
      const states = new Map(
        treaty.clauses.map((clause) => {
          const content = canonicalJSON(clauseStateOf(clause));
          return [clause.clauseId, [sha256(content), content] as [string, string]];
        }),
      );
      const version = {
        id: `v-${randomId(12)}`,
        kind,
        name,
        note,
        createdAt: new Date().toISOString(),
        createdBy,
        treatyId,
        state: Y.encodeStateAsUpdate(doc),
        treaty,
      };
      this.versions.add(version, states, room?.editors.take() ?? new Map(), () => alongside?.(version));
      if (room) room.changes = null;
      const { state: _state, treaty: _treaty, treatyId: _id, ...meta } = version;
      return { ...meta, clauseCount: treaty.clauses.length };
    });
  }

  list(treatyId: string): VersionLists {
    this.treaties.summary(treatyId);
    const all = this.versions.list(treatyId);
    return {
      named: all.filter((v) => v.kind === 'named'),
      checkpoints: all.filter((v) => v.kind === 'checkpoint'),
    };
  }

  get(treatyId: string, versionId: string): VersionMeta & { treaty: TreatyJSON } {
    this.treaties.summary(treatyId);
    const meta = this.versions.meta(treatyId, versionId);
    const treaty = this.versions.treaty(treatyId, versionId);
    if (!meta || !treaty) throw new NotFoundError(`no version ${versionId} of this treaty`);
    return { ...meta, treaty };
  }

  /** Runs `read` on a Y.Doc of the version's full stored state (text, tags, agreement records). */
  withVersionDoc<T>(treatyId: string, versionId: string, read: (doc: Y.Doc, meta: VersionMeta) => T): T {
    this.treaties.summary(treatyId);
    const meta = this.versions.meta(treatyId, versionId);
    const state = this.versions.state(treatyId, versionId);
    if (!meta || !state) throw new NotFoundError(`no version ${versionId} of this treaty`);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return read(doc, meta);
    } finally {
      doc.destroy();
    }
  }

  /** The treaty at `ref`: a version id, or `live`. */
  resolve(treatyId: string, ref: string): TreatyJSON {
    return ref === 'live'
      ? this.treaties.withDoc(treatyId, (doc) => treatyFromYDoc(doc))
      : this.get(treatyId, ref).treaty;
  }

  compare(treatyId: string, from: string, to: string): VersionComparison {
    const describe = (ref: string): VersionComparison['from'] =>
      ref === 'live' ? { id: 'live' } : (this.versions.meta(treatyId, ref) as VersionMeta);
    return {
      from: describe(from),
      to: describe(to),
      ...compareTreaties(this.resolve(treatyId, from), this.resolve(treatyId, to)),
    };
  }

  /** Every recorded state of a clause; NotFoundError for a clause neither in the live text nor ever recorded. */
  history(treatyId: string, clauseId: string): { clauseId: string; states: HistoryState[] } {
    this.treaties.summary(treatyId);
    const entries = this.versions.history(treatyId, clauseId);
    if (entries.length === 0 && !this.#isLive(treatyId, clauseId))
      throw new NotFoundError(`no clause ${clauseId} in this treaty`);
    const names = new Map(this.versions.list(treatyId).map((v) => [v.id, v]));
    return {
      clauseId,
      states: entries.map(({ state, ...entry }) => {
        const version = names.get(entry.versionId);
        return { ...entry, versionKind: version?.kind ?? null, versionName: version?.name ?? null, ...state };
      }),
    };
  }

  #isLive(treatyId: string, clauseId: string): boolean {
    return this.treaties.withDoc(treatyId, (doc) =>
      treatyFromYDoc(doc).clauses.some((clause) => clause.clauseId === clauseId),
    );
  }
}
