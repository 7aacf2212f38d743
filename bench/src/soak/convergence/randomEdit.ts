import {
  ACTIVATION_MODES,
  addCommitment,
  CLAUSE_ID_ATTR,
  type Commitment,
  LANG_ATTR,
  newClauseId,
  readLanguages,
  readTreatyTags,
  removeCommitment,
  setClauseDomain,
  setThreshold,
  type Threshold,
  TRIGGER_KINDS,
  TreatyNode,
  updateCommitment,
  VERIFIER_KINDS,
} from '@pactum/shared';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import type { TokenLedger } from './TokenLedger.ts';
import {
  bodyOf,
  clauseIdOf,
  clausesOf,
  languageTextsOf,
  plainText,
  textblocksOf,
  textOf,
} from './treatyNodes.ts';

export type EditKind =
  | 'type'
  | 'delete'
  | 'format'
  | 'addParagraph'
  | 'removeParagraph'
  | 'insertArticle'
  | 'moveArticle'
  | 'deleteArticle'
  | 'domain'
  | 'threshold'
  | 'commitment';

export interface EditContext {
  gen: prng.PRNG;
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  ledger: TokenLedger;
  /** Which client and which of its operations, for unique tokens. */
  client: number;
  op: number;
  parties: string[];
}

const WORDS = ['shall', 'the Parties', 'assistance', 'without delay', 'статті', 'допомога', 'et', 'Article'];

/** Cumulative weights: mostly typing, as people do; structure and tags now and then. */
const KINDS: Array<[EditKind, number]> = [
  ['type', 34],
  ['delete', 16],
  ['format', 6],
  ['addParagraph', 4],
  ['removeParagraph', 3],
  ['insertArticle', 5],
  ['moveArticle', 5],
  ['deleteArticle', 4],
  ['domain', 8],
  ['threshold', 7],
  ['commitment', 8],
];
const TOTAL = KINDS.reduce((sum, [, weight]) => sum + weight, 0);

function pick<T>(gen: prng.PRNG, items: readonly T[]): T {
  return items[prng.uint32(gen, 0, items.length - 1)] as T;
}

function pickKind(gen: prng.PRNG): EditKind {
  let roll = prng.uint32(gen, 0, TOTAL - 1);
  for (const [kind, weight] of KINDS) {
    if (roll < weight) return kind;
    roll -= weight;
  }
  return 'type';
}

/**
 * One random edit of a treaty as the editor makes it: typing, deleting and
 * formatting text in any of its languages, adding and removing paragraphs, inserting, moving (a copy
 * that keeps the clauseId, in one transaction) and deleting articles, and
 * clause tags through the shared writeTags helpers. Every edit is valid on
 * the client's own copy; concurrency is what makes them meet. Returns the
 * kind of edit made, or null when none fitted the document as it is.
 */
export function randomEdit(context: EditContext): EditKind | null {
  const { gen, fragment } = context;
  const kind = pickKind(gen);
  const clauses = clausesOf(fragment);
  if (clauses.length === 0) return null;
  const { clause, at } = pick(gen, clauses);
  // Some typing goes to the title and the preamble, which no structural edit ever removes.
  const front = fragment.get(prng.uint32(gen, 0, 1));
  const textHolder = front instanceof Y.XmlElement && prng.uint32(gen, 0, 6) === 0 ? front : clause;
  switch (kind) {
    case 'type':
      return typeText(context, textHolder) ? kind : null;
    case 'delete':
      return deleteText(context, textHolder) ? kind : null;
    case 'format':
      return formatText(context, clause) ? kind : null;
    case 'addParagraph':
      return addParagraph(context, clause) ? kind : null;
    case 'removeParagraph':
      return removeParagraph(context, clause) ? kind : null;
    case 'insertArticle':
      insertArticle(context, at + prng.uint32(gen, 0, 1));
      return kind;
    case 'moveArticle':
      return moveArticle(
        context,
        clauses,
        clauses.findIndex((c) => c.clause === clause),
      )
        ? kind
        : null;
    case 'deleteArticle':
      // As the editor: never the last article.
      if (clauses.length <= 1) return null;
      context.ledger.deleted(clause);
      fragment.delete(at, 1);
      return kind;
    case 'domain':
      tagDomain(context, clauseIdOf(clause));
      return kind;
    case 'threshold':
      tagThreshold(context, clauseIdOf(clause));
      return kind;
    case 'commitment':
      tagCommitment(context, clauseIdOf(clause));
      return kind;
  }
}

function words(context: EditContext, part: number): string {
  const { gen } = context;
  const token = context.ledger.token(context.client, context.op, part);
  return prng.bool(gen) ? `${token} ` : ` ${pick(gen, WORDS)} ${token}`;
}

/** Types a token into a text block of `holder`: an article, the title or the preamble. */
function typeText(context: EditContext, holder: Y.XmlElement): boolean {
  const blocks = textblocksOf(holder);
  if (blocks.length === 0) return false;
  const block = pick(context.gen, blocks);
  const inserted = words(context, 0);
  const text = textOf(block);
  if (!text) {
    // Typing into an empty block creates its text node, as y-tiptap does.
    block.insert(0, [new Y.XmlText(inserted)]);
  } else {
    const at = prng.uint32(context.gen, 0, text.length);
    context.ledger.touch(text, at, at);
    text.insert(at, inserted);
  }
  for (const [token] of inserted.matchAll(/«[^»]+»/g)) context.ledger.typed(token, holder, block);
  return true;
}

/** A random non-empty text node of the clause with a range in it, or null. */
function randomRange(
  context: EditContext,
  clause: Y.XmlElement,
  paragraphsOnly: boolean,
): { text: Y.XmlText; from: number; length: number } | null {
  const blocks = textblocksOf(clause).filter(
    (block) => !paragraphsOnly || block.nodeName !== TreatyNode.clauseHeading,
  );
  const texts = blocks.map(textOf).filter((text): text is Y.XmlText => text !== null && text.length > 0);
  if (texts.length === 0) return null;
  const text = pick(context.gen, texts);
  const from = prng.uint32(context.gen, 0, text.length - 1);
  const length = prng.uint32(context.gen, 1, Math.min(14, text.length - from));
  return { text, from, length };
}

function deleteText(context: EditContext, holder: Y.XmlElement): boolean {
  const range = randomRange(context, holder, false);
  if (!range) return false;
  const { text, from, length } = range;
  // As the editor: a deletion never splits a UTF-16 surrogate pair (the texts here have none).
  if (/[\uD800-\uDFFF]/.test(plainText(text))) return false;
  context.ledger.touch(text, from, from + length);
  text.delete(from, length);
  return true;
}

function formatText(context: EditContext, clause: Y.XmlElement): boolean {
  const range = randomRange(context, clause, true);
  if (!range) return false;
  const mark = pick(context.gen, ['bold', 'italic']);
  // y-tiptap writes a mark as an attribute holding the mark's attrs ({} for these), null to remove it.
  range.text.format(range.from, range.length, { [mark]: prng.bool(context.gen) ? {} : null });
  return true;
}

/** The body of the clause's text in a random one of its languages. */
function someBody(context: EditContext, clause: Y.XmlElement): Y.XmlElement | null {
  return bodyOf(clause, prng.uint32(context.gen, 0, Math.max(0, languageTextsOf(clause).length - 1)));
}

function addParagraph(context: EditContext, clause: Y.XmlElement): boolean {
  const body = someBody(context, clause);
  if (!body) return false;
  const paragraph = new Y.XmlElement('paragraph');
  const inserted = words(context, 0);
  paragraph.insert(0, [new Y.XmlText(inserted)]);
  body.insert(prng.uint32(context.gen, 0, body.length), [paragraph]);
  for (const [token] of inserted.matchAll(/«[^»]+»/g)) context.ledger.typed(token, clause, paragraph);
  return true;
}

function removeParagraph(context: EditContext, clause: Y.XmlElement): boolean {
  const body = someBody(context, clause);
  if (!body || body.length <= 1) return false;
  const index = prng.uint32(context.gen, 0, body.length - 1);
  const child = body.get(index);
  if (!(child instanceof Y.XmlElement)) return false;
  // A whole block goes, lists too (the editor's backspace over a selected block).
  context.ledger.deleted(child);
  for (const block of textblocksOf(child)) context.ledger.deleted(block);
  body.delete(index, 1);
  return true;
}

function insertArticle(context: EditContext, at: number): void {
  const clause = new Y.XmlElement(TreatyNode.clause);
  clause.setAttribute(CLAUSE_ID_ATTR, newClauseId());
  const heading = new Y.XmlElement(TreatyNode.clauseHeading);
  const paragraph = new Y.XmlElement('paragraph');
  const headingText = words(context, 0);
  const bodyText = words(context, 1);
  heading.insert(0, [new Y.XmlText(headingText)]);
  paragraph.insert(0, [new Y.XmlText(bodyText)]);
  const body = new Y.XmlElement(TreatyNode.clauseBody);
  body.insert(0, [paragraph]);
  // Typed in the treaty's first language; the others get an empty text, as the editor inserts them.
  const [first, ...others] = readLanguages(context.fragment.doc as Y.Doc);
  const texts = [first as string, ...others].map((lang) => {
    const text = new Y.XmlElement(TreatyNode.clauseText);
    text.setAttribute(LANG_ATTR, lang);
    return text;
  });
  clause.insert(0, texts);
  (texts[0] as Y.XmlElement).insert(0, [heading, body]);
  for (const empty of texts.slice(1)) {
    const emptyBody = new Y.XmlElement(TreatyNode.clauseBody);
    emptyBody.insert(0, [new Y.XmlElement('paragraph')]);
    empty.insert(0, [new Y.XmlElement(TreatyNode.clauseHeading), emptyBody]);
  }
  context.fragment.insert(at, [clause]);
  for (const [token] of headingText.matchAll(/«[^»]+»/g)) context.ledger.typed(token, clause, heading);
  for (const [token] of bodyText.matchAll(/«[^»]+»/g)) context.ledger.typed(token, clause, paragraph);
}

/** Swaps an article with a neighbour as the editor's moveClause does: delete and insert a copy, one transaction. */
function moveArticle(
  context: EditContext,
  clauses: Array<{ clause: Y.XmlElement; at: number }>,
  index: number,
): boolean {
  const up = prng.bool(context.gen);
  const neighbour = clauses[index + (up ? -1 : 1)];
  const moving = clauses[index];
  if (!neighbour || !moving) return false;
  const copy = moving.clause.clone();
  context.doc.transact(() => {
    context.fragment.delete(moving.at, 1);
    // Up: before the neighbour, which has not shifted; down: after it, which has shifted up by one.
    context.fragment.insert(neighbour.at, [copy]);
  });
  context.ledger.moved(moving.clause, copy);
  return true;
}

function tagDomain(context: EditContext, clauseId: string): void {
  const { gen, doc } = context;
  const domain = pick(gen, readTreatyTags(doc).domains).key;
  setClauseDomain(doc, clauseId, domain, prng.uint32(gen, 0, 2) > 0);
}

function tagThreshold(context: EditContext, clauseId: string): void {
  const { gen, doc } = context;
  if (prng.uint32(gen, 0, 4) === 0) {
    setThreshold(doc, clauseId, null);
    return;
  }
  const hours = () => (prng.bool(gen) ? null : prng.uint32(gen, 0, 96));
  const threshold: Threshold = {
    trigger: pick(gen, TRIGGER_KINDS),
    minSeverity: prng.uint32(gen, 1, 5),
    verifier: { kind: pick(gen, VERIFIER_KINDS), name: pick(gen, ['', 'OSCE', 'IAEA', 'Панель']) },
    activation: pick(gen, ACTIVATION_MODES),
    consultationHours: hours(),
    assistanceHours: hours(),
  };
  setThreshold(doc, clauseId, threshold);
}

function tagCommitment(context: EditContext, clauseId: string): void {
  const { gen, doc } = context;
  const tags = readTreatyTags(doc);
  const existing = tags.byClause.get(clauseId)?.commitments ?? [];
  const commitment = (): Commitment => ({
    party: pick(gen, context.parties),
    domain: pick(gen, tags.domains).key,
    capability: pick(gen, ['air defence batteries', 'training', 'fuel', 'сапери']),
    ...(prng.bool(gen)
      ? { quantity: prng.uint32(gen, 1, 500), unit: pick(gen, ['units', 't', 'teams']) }
      : {}),
  });
  const roll = prng.uint32(gen, 0, 2);
  const target = existing.length > 0 ? pick(gen, existing) : null;
  if (roll === 0 || !target) addCommitment(doc, clauseId, commitment());
  else if (roll === 1) updateCommitment(doc, target.id, commitment());
  else removeCommitment(doc, target.id);
}
