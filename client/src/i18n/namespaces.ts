/** The interface's message namespaces: one file per language and namespace in locales/ (vocabulary: shared). */
export const NAMESPACES = [
  'common',
  'errors',
  'access',
  'editor',
  'agreement',
  'panel',
  'vocabulary',
  'versions',
  'views',
  'export',
  'a11y',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** Read only by the views and panels that load on first use; their messages load with them. */
export const LATER_NAMESPACES = ['panel', 'versions', 'export'] as const satisfies readonly Namespace[];

/** What the first screen of every page reads (the list, an invite, the text of a treaty). */
export const FIRST_NAMESPACES = NAMESPACES.filter(
  (namespace) => !(LATER_NAMESPACES as readonly string[]).includes(namespace),
);
