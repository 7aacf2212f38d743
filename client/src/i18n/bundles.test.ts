import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from './languages.ts';
import { FIRST_NAMESPACES, LATER_NAMESPACES, NAMESPACES } from './namespaces.ts';

const bundles = import.meta.glob<Record<string, unknown>>('./bundles/*.ts', {
  eager: true,
  import: 'default',
});
const namespacesIn = (path: string) =>
  Object.keys(bundles[path] ?? {})
    .map((file) => /\/([a-z0-9]+)\.json$/.exec(file)?.[1])
    .sort();

describe('message bundles', () => {
  it('every namespace is read first or later, not both', () => {
    expect([...FIRST_NAMESPACES, ...LATER_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
  });

  it("each language's two bundles hold exactly the first and the later namespaces", () => {
    for (const { code } of INTERFACE_LANGUAGES) {
      // The vocabulary comes from shared, not from a bundle.
      expect(namespacesIn(`./bundles/${code}.ts`)).toEqual(
        FIRST_NAMESPACES.filter((namespace) => namespace !== 'vocabulary').sort(),
      );
      expect(namespacesIn(`./bundles/${code}.later.ts`)).toEqual([...LATER_NAMESPACES].sort());
    }
    expect(Object.keys(bundles)).toHaveLength(2 * INTERFACE_LANGUAGES.length);
  });
});
