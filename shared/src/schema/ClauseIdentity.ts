import { combineTransactionSteps, Extension, getChangedRanges } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { newClauseId } from '../treatyId.ts';
import { CLAUSE_ID_ATTR, TreatyNode } from '../treatyLayout.ts';

function isRemote(tr: Transaction): boolean {
  return Boolean(tr.getMeta(ySyncPluginKey)?.isChangeOrigin);
}

/**
 * Gives every clause a unique `clauseId`: a clause that is inserted, split off
 * or pasted gets a fresh id; when an id appears twice, the copy that this
 * transaction touched gets the new id and the untouched original keeps its
 * identity. Only local transactions are checked, so remote peers never race
 * to rewrite each other's ids.
 */
export function clauseIdentityPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('clauseIdentity'),
    appendTransaction(transactions, oldState, newState) {
      const local = transactions.filter((tr) => tr.docChanged && !isRemote(tr));
      if (local.length === 0) return null;
      const changes = combineTransactionSteps(oldState.doc, [...transactions]);
      const touched = getChangedRanges(changes).map(({ newRange }) => newRange);
      const isTouched = (from: number, to: number) =>
        touched.some((range) => range.from < to && range.to > from);

      const clauses: Array<{ node: ProseMirrorNode; pos: number }> = [];
      newState.doc.forEach((node, pos) => {
        if (node.type.name === TreatyNode.clause) clauses.push({ node, pos });
      });
      const keep = new Set<number>();
      const byId = new Map<string, number[]>();
      clauses.forEach(({ node }, index) => {
        const id = node.attrs[CLAUSE_ID_ATTR];
        if (typeof id !== 'string' || id === '') return;
        byId.set(id, [...(byId.get(id) ?? []), index]);
      });
      for (const indexes of byId.values()) {
        const untouched = indexes.find((i) => {
          const clause = clauses[i];
          return clause !== undefined && !isTouched(clause.pos, clause.pos + clause.node.nodeSize);
        });
        keep.add(untouched ?? (indexes[0] as number));
      }
      const tr = newState.tr;
      clauses.forEach(({ pos }, index) => {
        if (!keep.has(index)) tr.setNodeAttribute(pos, CLAUSE_ID_ATTR, newClauseId());
      });
      // Not hidden from history: y-tiptap applies addToHistory to the whole Yjs transaction,
      // which would make the user's own edit (the paste or insert) impossible to undo.
      return tr.docChanged ? tr : null;
    },
  });
}

/** Tiptap wrapper of {@link clauseIdentityPlugin}. */
export const ClauseIdentity = Extension.create({
  name: 'clauseIdentity',
  addProseMirrorPlugins: () => [clauseIdentityPlugin()],
});
