import { i18next } from '../i18n/i18n.ts';

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

type KeyName =
  | 'ctrl'
  | 'cmd'
  | 'alt'
  | 'option'
  | 'shift'
  | 'arrowUp'
  | 'arrowDown'
  | 'arrowLeft'
  | 'arrowRight'
  | 'enter'
  | 'return'
  | 'backspace'
  | 'delete'
  | 'escape'
  | 'home'
  | 'end'
  | 'questionMark';

type CapName = 'ctrl' | 'alt' | 'shift' | 'enter' | 'backspace' | 'escape' | 'home' | 'end';

/**
 * Each key as printed on this platform's keyboards (a symbol, or a word worded
 * in the interface language: a French keyboard says "Maj" and "Entrée"), and
 * its spoken name's message key.
 */
const KEYS: Record<string, { symbol?: string; cap?: CapName; name: KeyName }> = {
  Mod: isMac ? { symbol: '⌘', name: 'cmd' } : { cap: 'ctrl', name: 'ctrl' },
  Alt: isMac ? { symbol: '⌥', name: 'option' } : { cap: 'alt', name: 'alt' },
  Shift: isMac ? { symbol: '⇧', name: 'shift' } : { cap: 'shift', name: 'shift' },
  ArrowUp: { symbol: '↑', name: 'arrowUp' },
  ArrowDown: { symbol: '↓', name: 'arrowDown' },
  ArrowLeft: { symbol: '←', name: 'arrowLeft' },
  ArrowRight: { symbol: '→', name: 'arrowRight' },
  Enter: isMac ? { symbol: '↩', name: 'return' } : { cap: 'enter', name: 'enter' },
  Backspace: isMac ? { symbol: '⌫', name: 'delete' } : { cap: 'backspace', name: 'backspace' },
  Escape: { cap: 'escape', name: 'escape' },
  Home: { cap: 'home', name: 'home' },
  End: { cap: 'end', name: 'end' },
  '?': { symbol: '?', name: 'questionMark' },
};

export interface ShortcutKey {
  /** As printed on the key: "Ctrl", "⌘", "↑", "B". */
  shown: string;
  /** As a screen reader should say it, in the interface language: "Command", "Up Arrow". */
  spoken: string;
}

/** "Mod-Alt-ArrowUp" as the keys to press on this platform, each shown and spoken. */
export function shortcutKeys(shortcut: string): ShortcutKey[] {
  // "Mod-Alt--" would be a minus; no shortcut here uses it.
  return shortcut.split('-').map((key) => {
    const known = KEYS[key];
    if (known) {
      const shown = known.cap ? i18next.t(`a11y:keyCaps.${known.cap}`) : (known.symbol ?? key);
      return { shown, spoken: i18next.t(`a11y:keys.${known.name}`) };
    }
    const letter = key.length === 1 ? key.toUpperCase() : key;
    return { shown: letter, spoken: letter };
  });
}
