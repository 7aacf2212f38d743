/**
 * One polite live region for the whole app (LiveAnnouncer mounts it): what
 * changed that a screen-reader user would otherwise miss, said once. The
 * same message within {@link REPEAT_MS} is dropped, and messages that come
 * in a burst are said together after {@link SETTLE_MS}, so nothing is ever
 * announced per keystroke.
 */

/** A message said again within this long is dropped. */
export const REPEAT_MS = 10_000;
/** Messages are gathered this long before they are said. */
export const SETTLE_MS = 500;

type Listener = (message: string) => void;

const listeners = new Set<Listener>();
const lastSaid = new Map<string, number>();
let pending: string[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  timer = undefined;
  const message = pending.join(' ');
  pending = [];
  if (message === '') return;
  for (const listener of listeners) listener(message);
}

/** Says `message` politely (after what the screen reader is saying), unless it was just said. */
export function announce(message: string): void {
  const now = Date.now();
  const said = lastSaid.get(message);
  if ((said !== undefined && now - said < REPEAT_MS) || pending.includes(message)) return;
  lastSaid.set(message, now);
  for (const [old, at] of lastSaid) if (now - at >= REPEAT_MS) lastSaid.delete(old);
  pending.push(message);
  timer ??= setTimeout(flush, SETTLE_MS);
}

/** For the live region: called with each message to say. */
export function onAnnouncement(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets what was said (tests). */
export function resetAnnouncements(): void {
  clearTimeout(timer);
  timer = undefined;
  pending = [];
  lastSaid.clear();
}
