/** Muted, distinguishable colours that stay legible behind white caret labels. */
const PALETTE = [
  '#3b6ea5', // slate blue
  '#2f7d6d', // teal
  '#8a5a2b', // umber
  '#7a4f8c', // plum
  '#a34a4a', // brick
  '#4f7a3a', // moss
  '#b0702a', // ochre
  '#3d5f7a', // steel
  '#8c4466', // mulberry
  '#5b6470', // graphite
] as const;

/** The same delegation always gets the same colour, on every machine. */
export function delegationColor(delegation: string): string {
  const key = delegation.trim().toLowerCase();
  // FNV-1a: tiny, and spreads similar names like "Poland"/"Portugal" apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? PALETTE[0];
}
