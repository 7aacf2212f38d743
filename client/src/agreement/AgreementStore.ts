import {
  AGREEMENT_ROOTS,
  type AgreementOverview,
  type AgreementRecords,
  readAgreement,
  type TreatyTags,
} from '@pactum/shared';
import type * as Y from 'yjs';
import { ClauseTextReader } from './ClauseTextReader.ts';
import { IncrementalOverview } from './IncrementalOverview.ts';
import { readLiveTreaty } from './readLiveTreaty.ts';

/** At most this often while people type. */
const MIN_INTERVAL_MS = 150;

/**
 * Where every clause of an open treaty stands, recomputed from its Y.Doc
 * after the document changes: right away after a quiet spell, then at most
 * every 150 ms (longer on a treaty that takes long to read), so the status
 * of a clause being typed in follows within a blink without costing a read
 * per keystroke. A store for `useSyncExternalStore` and the editor's decorations.
 */
export class AgreementStore {
  readonly #doc: Y.Doc;
  readonly #roots: ReadonlySet<unknown>;
  readonly #listeners = new Set<() => void>();
  readonly #tags: () => TreatyTags;
  readonly #reader: ClauseTextReader;
  readonly #incremental = new IncrementalOverview();
  #records: AgreementRecords | null = null;
  #overview: AgreementOverview;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastRun = 0;
  #interval = MIN_INTERVAL_MS;

  /** `tags` gives the treaty's tags, cached between tag changes (the session's TreatyTagsStore). */
  constructor(doc: Y.Doc, tags: () => TreatyTags) {
    this.#doc = doc;
    this.#tags = tags;
    this.#reader = new ClauseTextReader(doc);
    this.#roots = new Set(AGREEMENT_ROOTS.map((root) => doc.getMap(root)));
    this.#overview = this.#compute();
    doc.on('afterTransaction', this.#onTransaction);
    doc.on('destroy', this.destroy);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): AgreementOverview => this.#overview;

  destroy = (): void => {
    clearTimeout(this.#timer);
    this.#reader.destroy();
    this.#doc.off('afterTransaction', this.#onTransaction);
    this.#doc.off('destroy', this.destroy);
    this.#listeners.clear();
  };

  #onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size === 0) return;
    if ([...transaction.changed.keys()].some((type) => this.#roots.has(type))) this.#records = null;
    if (this.#timer !== undefined) return;
    const wait = Math.max(0, this.#lastRun + this.#interval - performance.now());
    this.#timer = setTimeout(this.#refresh, wait);
  };

  #refresh = (): void => {
    this.#timer = undefined;
    this.#overview = this.#compute();
    for (const listener of this.#listeners) listener();
  };

  #compute(): AgreementOverview {
    const started = performance.now();
    this.#records ??= readAgreement(this.#doc);
    const overview = this.#incremental.compute(readLiveTreaty(this.#reader, this.#tags()), this.#records);
    this.#lastRun = performance.now();
    this.#interval = Math.max(MIN_INTERVAL_MS, 4 * (this.#lastRun - started));
    return overview;
  }
}
