/**
 * How a treaty lives in a Y.Doc — the one place this is defined.
 *
 * Root types:
 * - `treaty` (Y.XmlFragment): the whole negotiated text as a ProseMirror
 *   document in the schema of {@link treatySchemaExtensions}, bound to the
 *   editor by Tiptap's Collaboration extension (`field: 'treaty'`):
 *
 *   ```
 *   doc
 *   ├─ treatyTitle            text only, no marks
 *   ├─ preamble               paragraph+
 *   └─ clause+                attrs { clauseId }   ← stable identity
 *      ├─ clauseHeading       text only, no marks
 *      └─ clauseBody          (paragraph | bulletList | orderedList)+
 *   ```
 *
 *   A clause's number ("Article 3") is its 1-based position among the clauses.
 *   It is derived wherever it is shown and never stored, so moving a clause
 *   renumbers everything after it without touching their content. `clauseId`
 *   is assigned once (server seed, or the client's ClauseIdentity plugin when
 *   a clause is inserted, split or pasted) and travels with the clause element.
 *
 * Later issues add root types beside `treaty` (clause tags keyed by clauseId,
 * parties, agreement state); they never store text that belongs in `treaty`.
 */
export const TREATY_FRAGMENT = 'treaty';

/** Node type names of the treaty schema. */
export const TreatyNode = {
  doc: 'doc',
  title: 'treatyTitle',
  preamble: 'preamble',
  clause: 'clause',
  clauseHeading: 'clauseHeading',
  clauseBody: 'clauseBody',
} as const;

/** Attribute on `clause` that carries its stable identity. */
export const CLAUSE_ID_ATTR = 'clauseId';
