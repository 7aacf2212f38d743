import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { canonicalJSON } from './canonicalJSON.ts';
import type { ClauseState } from './clauseState.ts';
import { clauseTextsOf } from './languages/clauseTexts.ts';
import { readLanguages } from './languages/languagesLayout.ts';
import { treatySchema } from './schema/treatySchemaExtensions.ts';
import { readTreatyTags, type TreatyTags } from './tags/readTreatyTags.ts';
import { TagRoot, tagKey } from './tags/tagsLayout.ts';
import { setThreshold } from './tags/writeTags.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import type { ClauseJSON, TreatyJSON } from './treatyModel.ts';
import { treatyFromYDoc } from './treatyYDoc.ts';

/** A clause as a restore needs it: its identity and the state to bring back. */
export type RestorableClause = ClauseState & { clauseId: string };

/** Unattached Y elements for `nodes` (ProseMirror JSON of top-level treaty nodes), ready to insert. */
function elementsFor(nodes: object[]): Y.XmlElement[] {
  const scratch = new Y.Doc();
  const fragment = scratch.getXmlFragment(TREATY_FRAGMENT);
  prosemirrorJSONToYXmlFragment(treatySchema(), { type: TreatyNode.doc, content: nodes }, fragment);
  return fragment.toArray().map((element) => (element as Y.XmlElement).clone());
}

type LanguageText = { heading: string; body: ClauseJSON['body'] };

/**
 * The text `clause` brings back in each language of the treaty: its own where
 * it has one (a state recorded before language versions has only the first
 * language's), else what the live clause holds, else nothing.
 */
function restoredTexts(
  clause: RestorableClause,
  languages: readonly string[],
  live: ClauseJSON | undefined,
): Map<string, LanguageText> {
  const own = clauseTextsOf(clause, languages[0] as string);
  return new Map(
    languages.map((lang) => [lang, own.get(lang) ?? live?.texts[lang] ?? { heading: '', body: [] }] as const),
  );
}

function clauseNode(texts: Map<string, LanguageText>, clauseId: string): object {
  return {
    type: TreatyNode.clause,
    attrs: { [CLAUSE_ID_ATTR]: clauseId },
    content: [...texts].map(([lang, { heading, body }]) => ({
      type: TreatyNode.clauseText,
      attrs: { [LANG_ATTR]: lang },
      content: [
        {
          type: TreatyNode.clauseHeading,
          ...(heading === '' ? {} : { content: [{ type: 'text', text: heading }] }),
        },
        { type: TreatyNode.clauseBody, content: body.length > 0 ? body : [{ type: 'paragraph' }] },
      ],
    })),
  };
}

/** Whether the live clause already has the text a restore would write, in every language. */
function sameText(live: ClauseJSON | undefined, texts: Map<string, LanguageText>): boolean {
  if (live === undefined) return false;
  return [...texts].every(
    ([lang, text]) =>
      canonicalJSON([live.texts[lang]?.heading, live.texts[lang]?.body]) ===
      canonicalJSON([text.heading, text.body]),
  );
}

function liveClauses(doc: Y.Doc): Map<string, ClauseJSON> {
  return new Map(treatyFromYDoc(doc).clauses.map((clause) => [clause.clauseId, clause]));
}

function clauseElements(fragment: Y.XmlFragment): Y.XmlElement[] {
  return fragment
    .toArray()
    .filter(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === TreatyNode.clause,
    );
}

/**
 * Makes the tags of `clauseId` equal to `state`'s (domains, threshold,
 * commitments with their ids). `tags` is the treaty's tags read before the restore.
 */
function restoreTags(doc: Y.Doc, clause: RestorableClause, tags: TreatyTags): void {
  const current = tags.byClause.get(clause.clauseId);
  // Written straight to the map: the domains were valid in the version, and the server checks them again.
  const domains = doc.getMap<unknown>(TagRoot.clauseDomains);
  for (const domain of current?.domains ?? []) {
    if (!clause.domains.includes(domain)) domains.delete(tagKey(clause.clauseId, domain));
  }
  for (const domain of clause.domains) {
    if (!current?.domains.includes(domain)) domains.set(tagKey(clause.clauseId, domain), true);
  }
  if (canonicalJSON(current?.threshold ?? null) !== canonicalJSON(clause.threshold))
    setThreshold(doc, clause.clauseId, clause.threshold);
  const commitments = doc.getMap<unknown>(TagRoot.commitments);
  const wanted = new Set(clause.commitments.map((c) => c.id));
  for (const c of current?.commitments ?? []) if (!wanted.has(c.id)) commitments.delete(c.id);
  clause.commitments.forEach(({ id, ...commitment }, index) => {
    const stored = { clauseId: clause.clauseId, ...commitment, addedAt: index + 1 };
    if (canonicalJSON(commitments.get(id)) !== canonicalJSON(stored)) commitments.set(id, stored);
  });
}

/**
 * Brings one clause back to an earlier state as a forward edit: its text and
 * tags are replaced; a clause that has since been deleted is re-inserted with
 * its original clauseId at its old number (or last). Run it with an `origin`
 * the editor's undo manager tracks to make it undoable.
 */
export function restoreClause(doc: Y.Doc, clause: RestorableClause, origin: unknown = null): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    const children = fragment.toArray();
    const index = children.findIndex(
      (node) => node instanceof Y.XmlElement && node.getAttribute(CLAUSE_ID_ATTR) === clause.clauseId,
    );
    const live = liveClauses(doc).get(clause.clauseId);
    const texts = restoredTexts(clause, readLanguages(doc), live);
    const [element] = elementsFor([clauseNode(texts, clause.clauseId)]) as [Y.XmlElement];
    if (index === -1) {
      const clauses = clauseElements(fragment);
      const before = clauses[Math.min(clause.number - 1, clauses.length)];
      fragment.insert(before ? children.indexOf(before) : fragment.length, [element]);
    } else if (!sameText(live, texts)) {
      fragment.delete(index, 1);
      fragment.insert(index, [element]);
    }
    restoreTags(doc, clause, readTreatyTags(doc));
  }, origin);
}

/**
 * Makes the live treaty equal to a version as one forward edit: title,
 * preamble, the clauses in the version's order (keeping the ones already
 * equal untouched), their tags, and without the clauses added since.
 */
export function restoreVersion(doc: Y.Doc, version: TreatyJSON, origin: unknown = null): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TREATY_FRAGMENT);
    const live = treatyFromYDoc(doc);
    const tags = readTreatyTags(doc);
    const liveById = new Map(live.clauses.map((clause) => [clause.clauseId, clause]));
    const languages = readLanguages(doc);
    // A version taken before language versions has its title and preamble in the first language only.
    const versionTitle = (lang: string) =>
      version.titles?.[lang] ?? (lang === languages[0] ? version.title : (live.titles[lang] ?? ''));
    const versionPreamble = (lang: string) =>
      version.preambles?.[lang] ?? (lang === languages[0] ? version.preamble : (live.preambles[lang] ?? ''));
    const [title, preamble] = elementsFor([
      {
        type: TreatyNode.title,
        content: languages.map((lang) => ({
          type: TreatyNode.titleText,
          attrs: { [LANG_ATTR]: lang },
          ...(versionTitle(lang) ? { content: [{ type: 'text', text: versionTitle(lang) }] } : {}),
        })),
      },
      {
        type: TreatyNode.preamble,
        content: languages.map((lang) => ({
          type: TreatyNode.preambleText,
          attrs: { [LANG_ATTR]: lang },
          content: versionPreamble(lang)
            .split('\n')
            .map((text) =>
              text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
            ),
        })),
      },
    ]) as [Y.XmlElement, Y.XmlElement];
    const unchanged = [
      languages.every((lang) => live.titles[lang] === versionTitle(lang)),
      languages.every((lang) => live.preambles[lang] === versionPreamble(lang)),
    ];
    for (const [index, element] of [title, preamble].entries()) {
      if (unchanged[index]) continue;
      fragment.delete(index, 1);
      fragment.insert(index, [element]);
    }
    version.clauses.forEach((clause, position) => {
      const at = 2 + position;
      const current = fragment.get(at);
      const same =
        current instanceof Y.XmlElement && current.getAttribute(CLAUSE_ID_ATTR) === clause.clauseId;
      const texts = restoredTexts(clause, languages, liveById.get(clause.clauseId));
      if (same && sameText(liveById.get(clause.clauseId), texts)) return;
      const [element] = elementsFor([clauseNode(texts, clause.clauseId)]) as [Y.XmlElement];
      const elsewhere = fragment
        .toArray()
        .findIndex(
          (node, i) =>
            i > at && node instanceof Y.XmlElement && node.getAttribute(CLAUSE_ID_ATTR) === clause.clauseId,
        );
      if (elsewhere !== -1) fragment.delete(elsewhere, 1);
      if (same) fragment.delete(at, 1);
      fragment.insert(at, [element]);
    });
    const end = 2 + version.clauses.length;
    if (fragment.length > end) fragment.delete(end, fragment.length - end);
    for (const clause of version.clauses) restoreTags(doc, clause, tags);
  }, origin);
}
