import { isValidTreatyId } from '@pactum/shared';
import { useSyncExternalStore } from 'react';

export type Route = { page: 'list' } | { page: 'editor'; treatyId: string } | { page: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'list' };
  const match = /^\/t\/([^/]+)\/?$/.exec(pathname);
  // Valid ids need no decoding; anything else could not name a treaty (and would break the socket URL).
  if (match?.[1] && isValidTreatyId(match[1])) return { page: 'editor', treatyId: match[1] };
  return { page: 'notFound' };
}

export function treatyPath(treatyId: string): string {
  return `/t/${encodeURIComponent(treatyId)}`;
}

const NAVIGATE_EVENT = 'pactum:navigate';

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The route of the current URL, following pushState navigation and back/forward. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentPath));
}
