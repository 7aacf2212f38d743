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
 *   ├─ treatyTitle
 *   │  └─ titleText+         attrs { lang }   text only, no marks
 *   ├─ preamble
 *   │  └─ preambleText+      attrs { lang }   paragraph+
 *   └─ clause+               attrs { clauseId }   ← stable identity
 *      └─ clauseText+        attrs { lang }
 *         ├─ clauseHeading   text only, no marks
 *         └─ clauseBody      (paragraph | bulletList | orderedList)+
 *   ```
 *
 *   Structure is language-neutral: there is one list of clauses, and each
 *   clause holds one text per language of the treaty, in the order of the
 *   root `languages` (languages/languagesLayout.ts) — as do the title and the
 *   preamble. Inserting, moving or deleting a clause does so in every language
 *   at once, concurrent edits included, because it is one element of one
 *   Yjs sequence. Each `lang` is an ISO 639-1 code.
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
  titleText: 'titleText',
  preambleText: 'preambleText',
  clauseText: 'clauseText',
} as const;

/** The node types that hold one language's text: the attribute `lang` names it. */
export const LANGUAGE_TEXT_NODES: ReadonlySet<string> = new Set([
  TreatyNode.titleText,
  TreatyNode.preambleText,
  TreatyNode.clauseText,
]);

/** Attribute on a language text node that names its language. */
export const LANG_ATTR = 'lang';

/** Attribute on `clause` that carries its stable identity. */
export const CLAUSE_ID_ATTR = 'clauseId';
