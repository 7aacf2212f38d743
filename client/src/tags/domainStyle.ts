import type { CSSProperties } from 'react';

/** Hands a domain's colour to the stylesheet, which derives tints from it. */
export function domainStyle(color: string): CSSProperties {
  return { '--domain-color': color } as CSSProperties;
}
