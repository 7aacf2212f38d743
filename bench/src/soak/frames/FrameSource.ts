import { Limits, splitDeletions } from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { budgetBomb, type Crafted, knownCrafted, randomFrame } from './craftedUpdates.ts';
import { mutateFrame } from './mutateFrame.ts';
import { awarenessPayload, dependentEdit, type Edit, hostileEdit, validEdit } from './treatyEdits.ts';
import { awarenessFrame, barrierFrame, syncFrame } from './wireFrames.ts';

/**
 * A copy of the live treaty that makes edits, as one page would: it follows
 * the live document, so its edits fit what the server holds. It is used by
 * one frame at a time, and retired when the server may not hold its last
 * edit (refused, damaged before sending, or held back on purpose).
 */
interface Author {
  doc: Y.Doc;
  busy: boolean;
  /** Live updates it has not applied yet: applied at once when it is next used. */
  behind: Uint8Array[];
}

/** One frame to send, with the name of what it tries and the author to tell how it went. */
export interface FuzzFrame extends Crafted {
  author?: Author;
  /** The further parts of an edit sent in parts, as the browser sends a large deletion. */
  more?: Uint8Array[];
}

/** Held-back changes kept for a later "missing change arrives" frame. */
const MAX_HELD = 20;
/** Authors kept between frames (more are made while all are busy, then dropped). */
const MAX_AUTHORS = 8;
/** Live updates an idle author collects before they are merged into one. */
const MAX_BEHIND = 200;
/** Real frames kept to be damaged later. */
const RECENT = 64;
/** Dependent edits one author makes before a fresh copy takes over (each keeps a change back). */
const DEPENDENT_USES = 20;

/**
 * The fuzzer's frames, in an order fixed by the seed (which worker sends
 * which is not): every known crafted input of the Yjs issue reports first,
 * then random bytes, damaged copies of real frames, valid edits, valid but
 * hostile edits, edits that depend on changes never sent, budget bombs,
 * awareness and protocol frames.
 */
export class FrameSource {
  readonly #gen: prng.PRNG;
  #known = 0;
  readonly #held: Uint8Array[] = [];
  readonly #authors: Author[] = [];
  readonly #recent: Crafted[] = [];
  /** The author of dependent edits: it keeps the changes it holds back, so it never joins the others. */
  #dependent: { doc: Y.Doc; uses: number } | null = null;

  constructor(
    seed: number,
    /** The bystander's document: the treaty as the server serves it. */
    private readonly live: Y.Doc,
  ) {
    this.#gen = prng.create(seed);
    // Each Yjs transaction copies the state vector, one entry per client ever seen, and fuzzing
    // makes thousands: an author catches up in one transaction when it is used, not per update.
    live.on('update', (update: Uint8Array) => {
      for (const author of this.#authors) {
        author.behind.push(update);
        if (author.behind.length > MAX_BEHIND) author.behind = [Y.mergeUpdates(author.behind)];
      }
    });
  }

  next(): FuzzFrame {
    const gen = this.#gen;
    if (this.#known < knownCrafted.length) return knownCrafted[this.#known++] as Crafted;
    const roll = prng.int32(gen, 0, 99);
    if (roll < 12) return randomFrame(gen);
    if (roll < 14) return prng.oneOf(gen, knownCrafted);
    if (roll < 44) {
      const base = this.#recent.length > 0 ? prng.oneOf(gen, this.#recent) : randomFrame(gen);
      const { damage, bytes } = mutateFrame(gen, base.bytes);
      return { kind: `${damage}: ${base.kind}`, bytes };
    }
    if (roll < 48) return budgetBomb(gen);
    if (roll < 53) {
      const held = this.#held.length > 0 && prng.bool(gen) ? this.#held.shift() : undefined;
      if (held) return { kind: 'pending: the missing change arrives', bytes: syncFrame(held) };
      if (!this.#dependent || this.#dependent.uses >= DEPENDENT_USES) {
        this.#dependent?.doc.destroy();
        this.#dependent = { doc: this.#copy(), uses: 0 };
      }
      this.#dependent.uses++;
      const dependent = dependentEdit(gen, this.#dependent.doc);
      if (dependent) {
        if (this.#held.length < MAX_HELD) this.#held.push(dependent.held);
        return editFrame(dependent.sent);
      }
    }
    const frame = this.#realFrame();
    this.#recent.push({ kind: frame.kind, bytes: frame.bytes });
    if (this.#recent.length > RECENT) this.#recent.shift();
    return frame;
  }

  /** Copies of the live treaty made, and why (a copy costs a full decode of the treaty). */
  readonly copies = new Map<string, number>();

  /** Tells how a frame went: an author whose edit the server did not confirm is retired. */
  settle(frame: FuzzFrame, confirmed: boolean, why: string): void {
    const { author } = frame;
    if (!author) return;
    author.busy = false;
    // One made while all were busy is not kept.
    if (!this.#authors.includes(author)) author.doc.destroy();
    else if (!confirmed) {
      this.copies.set(why, (this.copies.get(why) ?? 0) + 1);
      this.#retire(author);
    }
  }

  /** A frame a client could send as it is: an edit (valid or hostile), awareness, protocol. */
  #realFrame(): FuzzFrame {
    const gen = this.#gen;
    const roll = prng.int32(gen, 0, 99);
    if (roll < 70) {
      const author = this.#author();
      if (roll < 35) {
        const edit = validEdit(gen, author.doc);
        if (edit) return { ...partsFrame(edit), author };
      } else {
        const edit = hostileEdit(gen, author.doc);
        if (edit) return { ...editFrame(edit), author };
      }
      author.busy = false;
    }
    if (roll < 85) {
      const clientId = prng.uint32(gen, 1, 2 ** 31);
      const { kind, payload } = awarenessPayload(gen, clientId, this.live.clientID);
      return { kind, bytes: awarenessFrame(payload) };
    }
    switch (prng.int32(gen, 0, 3)) {
      case 0:
        return { kind: 'protocol: sync step 1', bytes: syncFrame(Y.encodeStateVector(this.live), 0) };
      case 1:
        return { kind: 'protocol: query awareness', bytes: new Uint8Array([3]) };
      case 2:
        return { kind: 'protocol: barrier', bytes: barrierFrame(prng.uint53(gen, 0, 2 ** 53 - 1)) };
      default: {
        const empty = Y.encodeStateAsUpdate(this.live, Y.encodeStateVector(this.live));
        return {
          kind: 'protocol: empty sync step 2',
          bytes: syncFrame(empty, syncProtocol.messageYjsSyncStep2),
        };
      }
    }
  }

  /** A free author, or a new copy of the live treaty (a new page, with a client id of its own). */
  #author(): Author {
    const free = this.#authors.find((author) => !author.busy);
    if (free) {
      free.busy = true;
      if (free.behind.length > 0) Y.applyUpdate(free.doc, Y.mergeUpdates(free.behind));
      free.behind = [];
      return free;
    }
    const author: Author = { doc: this.#copy(), busy: true, behind: [] };
    if (this.#authors.length >= MAX_AUTHORS)
      this.copies.set('all busy', (this.copies.get('all busy') ?? 0) + 1);
    if (this.#authors.length < MAX_AUTHORS) this.#authors.push(author);
    return author;
  }

  /** A copy of the live treaty, with a client id of its own. */
  #copy(): Y.Doc {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.live));
    return doc;
  }

  #retire(author: Author): void {
    const index = this.#authors.indexOf(author);
    if (index >= 0) this.#authors.splice(index, 1);
    // Destroyed after the frame is made from it; nothing reads it after that.
    queueMicrotask(() => author.doc.destroy());
  }
}

function editFrame(edit: Edit): FuzzFrame {
  return { kind: edit.kind, bytes: syncFrame(edit.update) };
}

/**
 * An edit as the browser sends it: a deletion in more places than the server
 * takes in one message goes in parts (client/src/collab/sendDeletionsInParts.ts).
 */
function partsFrame(edit: Edit): FuzzFrame {
  const [first, ...more] = splitDeletions(edit.update, Limits.maxUpdateLiveDeletes).map((part) =>
    syncFrame(part),
  );
  if (more.length === 0) return editFrame(edit);
  return { kind: `${edit.kind} (in parts)`, bytes: first as Uint8Array, more };
}
