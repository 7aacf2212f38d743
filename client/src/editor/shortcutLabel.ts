const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

const KEYS: Record<string, string> = isMac
  ? { Mod: '⌘', Alt: '⌥', Shift: '⇧', ArrowUp: '↑', ArrowDown: '↓', Enter: '↩', Backspace: '⌫' }
  : // i18n-ignore: key caps, printed "Ctrl" on Ukrainian and French keyboards too
    { Mod: 'Ctrl', ArrowUp: '↑', ArrowDown: '↓' };

/** "Mod-Alt-ArrowUp" as the user's keyboard spells it: "Ctrl+Alt+↑" or "⌘⌥↑". */
export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('-')
    .map((key) => KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key))
    .join(isMac ? '' : '+');
}
