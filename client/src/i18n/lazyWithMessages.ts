import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { loadNamespaces } from './i18n.ts';
import { LATER_NAMESPACES } from './namespaces.ts';

/**
 * A component whose code loads on first render, with the later namespaces'
 * messages (one chunk per language): it renders once both are here, so it
 * never shows a message key. Render it inside a Suspense boundary.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own constraint; the props type is kept.
export function lazyWithMessages<T extends ComponentType<any>>(
  load: () => Promise<T>,
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadNamespaces(...LATER_NAMESPACES)]);
    return { default: component };
  });
}
