import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { canonicalJSON } from './canonicalJSON.ts';
import type { ClauseState } from './clauseState.ts';
import { treatySchema } from './schema/treatySchemaExtensions.ts';
import { readTreatyTags, type TreatyTags } from './tags/readTreatyTags.ts';
import { TagRoot, tagKey } from './tags/tagsLayout.ts';
import { setThreshold } from './tags/writeTags.ts';
import { CLAUSE_ID_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
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

function clauseNode(clause: RestorableClause): object {
  const heading = clause.heading === '' ? {} : { content: [{ type: 'text', text: clause.heading }] };
  return {
    type: TreatyNode.clause,
    attrs: { [CLAUSE_ID_ATTR]: clause.clauseId },
    content: [
      { type: TreatyNode.clauseHeading, ...heading },
      {
        type: TreatyNode.clauseBody,
        content: clause.body.length > 0 ? clause.body : [{ type: 'paragraph' }],
      },
    ],
  };
}

/** Whether the live clause already has the heading and body a restore would write. */
function sameText(live: ClauseJSON | undefined, clause: RestorableClause): boolean {
  return (
    live !== undefined &&
    canonicalJSON([live.heading, live.body]) === canonicalJSON([clause.heading, clause.body])
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
    const [element] = elementsFor([clauseNode(clause)]) as [Y.XmlElement];
    if (index === -1) {
      const clauses = clauseElements(fragment);
      const before = clauses[Math.min(clause.number - 1, clauses.length)];
      fragment.insert(before ? children.indexOf(before) : fragment.length, [element]);
    } else if (!sameText(liveClauses(doc).get(clause.clauseId), clause)) {
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
    const [title, preamble] = elementsFor([
      {
        type: TreatyNode.title,
        ...(version.title ? { content: [{ type: 'text', text: version.title }] } : {}),
      },
      {
        type: TreatyNode.preamble,
        content: version.preamble
          .split('\n')
          .map((text) =>
            text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
          ),
      },
    ]) as [Y.XmlElement, Y.XmlElement];
    const unchanged = [live.title === version.title, live.preamble === version.preamble];
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
      if (same && sameText(liveById.get(clause.clauseId), clause)) return;
      const [element] = elementsFor([clauseNode(clause)]) as [Y.XmlElement];
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
