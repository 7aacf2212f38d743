import { isValidTreatyId } from '@pactum/shared';
import { useSyncExternalStore } from 'react';

/** The views of one treaty; the text view has no path segment of its own. */
export const TREATY_VIEWS = [
  'text',
  'matrix',
  'scenario',
  'versions',
  'agreement',
  'members',
  'export',
] as const;
export type TreatyView = (typeof TREATY_VIEWS)[number];

export type Route =
  | { page: 'list' }
  | { page: 'editor'; treatyId: string; view: TreatyView }
  | { page: 'invite'; token: string }
  | { page: 'notFound' };

function isView(segment: string): segment is TreatyView {
  return (TREATY_VIEWS as readonly string[]).includes(segment) && segment !== 'text';
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'list' };
  // Invite tokens are URL-safe base64, so they need no decoding either.
  const invite = /^\/invite\/([A-Za-z0-9_-]{16,128})\/?$/.exec(pathname);
  if (invite?.[1]) return { page: 'invite', token: invite[1] };
  const match = /^\/t\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(pathname);
  // Valid ids need no decoding; anything else could not name a treaty (and would break the socket URL).
  if (!match?.[1] || !isValidTreatyId(match[1])) return { page: 'notFound' };
  const segment = match[2];
  if (segment === undefined) return { page: 'editor', treatyId: match[1], view: 'text' };
  return isView(segment) ? { page: 'editor', treatyId: match[1], view: segment } : { page: 'notFound' };
}

export function treatyPath(treatyId: string, view: TreatyView = 'text'): string {
  const base = `/t/${encodeURIComponent(treatyId)}`;
  return view === 'text' ? base : `${base}/${view}`;
}

const NAVIGATE_EVENT = 'pactum:navigate';

export function navigate(path: string, { keepScroll = false } = {}): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!keepScroll) window.scrollTo(0, 0);
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
