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

/** Each key as printed on this platform's keyboards, and its spoken name's message key. */
const KEYS: Record<string, { shown: string; name: KeyName }> = {
  Mod: isMac ? { shown: '⌘', name: 'cmd' } : { shown: 'Ctrl', name: 'ctrl' },
  Alt: isMac ? { shown: '⌥', name: 'option' } : { shown: 'Alt', name: 'alt' },
  Shift: isMac ? { shown: '⇧', name: 'shift' } : { shown: 'Shift', name: 'shift' },
  ArrowUp: { shown: '↑', name: 'arrowUp' },
  ArrowDown: { shown: '↓', name: 'arrowDown' },
  ArrowLeft: { shown: '←', name: 'arrowLeft' },
  ArrowRight: { shown: '→', name: 'arrowRight' },
  Enter: isMac ? { shown: '↩', name: 'return' } : { shown: 'Enter', name: 'enter' },
  Backspace: isMac ? { shown: '⌫', name: 'delete' } : { shown: 'Backspace', name: 'backspace' },
  Escape: { shown: 'Esc', name: 'escape' },
  Home: { shown: 'Home', name: 'home' },
  End: { shown: 'End', name: 'end' },
  '?': { shown: '?', name: 'questionMark' },
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
    if (known) return { shown: known.shown, spoken: i18next.t(`a11y:keys.${known.name}`) };
    const letter = key.length === 1 ? key.toUpperCase() : key;
    return { shown: letter, spoken: letter };
  });
}
