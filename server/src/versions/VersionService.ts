import { createHash } from 'node:crypto';
import {
  ApiErrorCode,
  type ClauseHistory,
  type ConcordanceRecord,
  type CreateVersionRequest,
  canonicalJSON,
  clauseStateOf,
  compareLanguages,
  compareTreaties,
  languagesOfTreaty,
  randomId,
  readAgreement,
  readLanguages,
  type TreatyJSON,
  treatyFromYDoc,
  type VersionComparison,
  type VersionLanguageComparison,
  type VersionLists,
} from '@pactum/shared';
import * as Y from 'yjs';
import type { Room } from '../collab/Room.ts';
import { InvalidError, NotFoundError } from '../DomainError.ts';
import type { Storage, StorageScope } from '../persistence/Storage.ts';
import type { VersionKind, VersionMeta } from '../persistence/VersionRepository.ts';
import type { TreatyService } from '../TreatyService.ts';
import { chooseLanguage } from './chooseLanguage.ts';
import { clauseHistoryRows } from './clauseHistoryRows.ts';
import { historyInLanguage } from './historyInLanguage.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Named versions, checkpoints, compare and per-clause history of treaties. */
export class VersionService {
  constructor(
    private readonly treaties: TreatyService,
    private readonly storage: Storage,
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
    alongside?: (meta: { id: string; name: string | null }, scope: StorageScope) => Promise<unknown>,
  ): Promise<VersionMeta> {
    return this.#create(treatyId, 'named', request.name, request.note ?? null, createdBy, alongside);
  }

  /** Records a checkpoint if the room changed since the last version; returns it, or null. */
  async checkpoint(room: Room): Promise<VersionMeta | null> {
    if (!room.changes) return null;
    const meta = await this.#create(room.treatyId, 'checkpoint', null, null, null);
    await this.storage.versions.pruneCheckpoints(room.treatyId, this.keepCheckpoints);
    return meta;
  }

  async #create(
    treatyId: string,
    kind: VersionKind,
    name: string | null,
    note: string | null,
    createdBy: string | null,
    alongside?: (meta: { id: string; name: string | null }, scope: StorageScope) => Promise<unknown>,
  ): Promise<VersionMeta> {
    const { version, editors } = await this.treaties.withDoc(treatyId, (doc, room) => {
      const editors = room?.editors.take() ?? new Map<string, string[]>();
      if (room) room.changes = null;
      const version = {
        id: `v-${randomId(12)}`,
        kind,
        name,
        note,
        createdAt: new Date().toISOString(),
        createdBy,
        treatyId,
        state: Y.encodeStateAsUpdate(doc),
        treaty: treatyFromYDoc(doc),
      };
      return { version, editors };
    });
    const states = new Map(
      version.treaty.clauses.map((clause) => {
        const content = canonicalJSON(clauseStateOf(clause));
        return [clause.clauseId, [sha256(content), content] as [string, string]];
      }),
    );
    await this.storage.transaction(async (scope) => {
      const latest = await scope.versions.latestClauseStates(treatyId);
      const { rows, newStates } = clauseHistoryRows(version, states, editors, latest);
      await scope.versions.add(version, newStates, rows);
      await alongside?.(version, scope);
    });
    const { state: _state, treaty, treatyId: _id, ...meta } = version;
    return { ...meta, clauseCount: treaty.clauses.length };
  }

  async list(treatyId: string): Promise<VersionLists> {
    await this.treaties.summary(treatyId);
    const all = await this.storage.versions.list(treatyId);
    return {
      named: all.filter((v) => v.kind === 'named'),
      checkpoints: all.filter((v) => v.kind === 'checkpoint'),
    };
  }

  async get(treatyId: string, versionId: string): Promise<VersionMeta & { treaty: TreatyJSON }> {
    await this.treaties.summary(treatyId);
    const meta = await this.storage.versions.meta(treatyId, versionId);
    const treaty = await this.storage.versions.treaty(treatyId, versionId);
    if (!meta || !treaty)
      throw new NotFoundError(`no version ${versionId} of this treaty`, ApiErrorCode.VersionNotFound);
    return { ...meta, treaty };
  }

  /** Runs `read` on a Y.Doc of the version's full stored state (text, tags, agreement records). */
  async withVersionDoc<T>(
    treatyId: string,
    versionId: string,
    read: (doc: Y.Doc, meta: VersionMeta) => T,
  ): Promise<T> {
    await this.treaties.summary(treatyId);
    const meta = await this.storage.versions.meta(treatyId, versionId);
    const state = await this.storage.versions.state(treatyId, versionId);
    if (!meta || !state)
      throw new NotFoundError(`no version ${versionId} of this treaty`, ApiErrorCode.VersionNotFound);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return read(doc, meta);
    } finally {
      doc.destroy();
    }
  }

  /** The treaty at `ref`: a version id, or `live`. */
  async resolve(treatyId: string, ref: string): Promise<TreatyJSON> {
    return ref === 'live'
      ? this.treaties.withDoc(treatyId, (doc) => treatyFromYDoc(doc))
      : (await this.get(treatyId, ref)).treaty;
  }

  /**
   * The two sides compared in `lang` (the treaty's first language by default):
   * a language the treaty has now, or one either side had.
   */
  async compare(treatyId: string, from: string, to: string, lang?: string): Promise<VersionComparison> {
    const [fromTreaty, toTreaty] = [await this.resolve(treatyId, from), await this.resolve(treatyId, to)];
    const languages = new Set([
      ...(await this.#languages(treatyId)),
      ...languagesOfTreaty(fromTreaty),
      ...languagesOfTreaty(toTreaty),
    ]);
    const chosen = chooseLanguage(lang, [...languages]);
    const describe = async (ref: string): Promise<VersionComparison['from']> =>
      ref === 'live' ? { id: 'live' } : ((await this.storage.versions.meta(treatyId, ref)) as VersionMeta);
    return {
      from: await describe(from),
      to: await describe(to),
      ...compareTreaties(fromTreaty, toTreaty, chosen),
    };
  }

  /**
   * The texts of one version (or `live`) in two of its languages, article by
   * article, with each article's concordance over the two as that text
   * recorded it. By default the treaty's first two languages.
   */
  async compareLanguages(
    treatyId: string,
    at: string,
    left?: string,
    right?: string,
  ): Promise<VersionLanguageComparison> {
    const read = (doc: Y.Doc) =>
      new Map(
        [...readAgreement(doc)].flatMap(([clauseId, record]) => {
          const last = record.concordance.at(-1);
          return last ? [[clauseId, last] as [string, ConcordanceRecord]] : [];
        }),
      );
    const { treaty, confirmations } =
      at === 'live'
        ? await this.treaties.withDoc(treatyId, (doc) => ({
            treaty: treatyFromYDoc(doc),
            confirmations: read(doc),
          }))
        : {
            treaty: await this.resolve(treatyId, at),
            confirmations: await this.withVersionDoc(treatyId, at, read),
          };
    const languages = [...new Set([...languagesOfTreaty(treaty), ...(await this.#languages(treatyId))])];
    const first = chooseLanguage(left, languages);
    const second = chooseLanguage(right ?? languages.find((lang) => lang !== first), languages);
    if (first === second)
      throw languages.length < 2
        ? new InvalidError(
            `this treaty has one language (${first}): add another to compare languages`,
            ApiErrorCode.SingleLanguageNoCompare,
            { language: first },
          )
        : new InvalidError('choose two different languages', ApiErrorCode.SameLanguageTwice);
    const meta =
      at === 'live'
        ? { id: 'live' as const }
        : ((await this.storage.versions.meta(treatyId, at)) as VersionMeta);
    return { at: meta, ...compareLanguages(treaty, confirmations, first, second) };
  }

  /**
   * Every recorded state of a clause that differs in `lang` (the treaty's
   * first language by default), read in it; NotFoundError for a clause neither
   * in the live text nor ever recorded.
   */
  async history(treatyId: string, clauseId: string, lang?: string): Promise<ClauseHistory> {
    await this.treaties.summary(treatyId);
    const entries = await this.storage.versions.history(treatyId, clauseId);
    if (entries.length === 0 && !(await this.#isLive(treatyId, clauseId)))
      throw new NotFoundError(`no clause ${clauseId} in this treaty`, ApiErrorCode.ArticleNotFound);
    const recorded = entries.flatMap(({ state }) => Object.keys(state.texts ?? {}));
    const chosen = chooseLanguage(lang, [...new Set([...(await this.#languages(treatyId)), ...recorded])]);
    const names = new Map((await this.storage.versions.list(treatyId)).map((v) => [v.id, v]));
    const states = entries.map(({ state, ...entry }) => {
      const version = names.get(entry.versionId);
      return { ...entry, versionKind: version?.kind ?? null, versionName: version?.name ?? null, ...state };
    });
    return { clauseId, lang: chosen, states: historyInLanguage(states, chosen) };
  }

  /** The treaty's languages now, in order. */
  #languages(treatyId: string): Promise<string[]> {
    return this.treaties.withDoc(treatyId, (doc) => readLanguages(doc));
  }

  #isLive(treatyId: string, clauseId: string): Promise<boolean> {
    return this.treaties.withDoc(treatyId, (doc) =>
      treatyFromYDoc(doc).clauses.some((clause) => clause.clauseId === clauseId),
    );
  }
}
