import { describe, expect, it } from 'vitest';
import { el, toXml, xmlText } from './xmlTree.ts';

describe('xmlTree', () => {
  it('escapes text and drops what XML 1.0 cannot hold', () => {
    expect(xmlText('a<b>&c ]]> "q"')).toBe('a&lt;b&gt;&amp;c ]]&gt; "q"');
    expect(xmlText('x\u0000\u0008\u000B\u001F\uFFFE\uD800y\tz\n')).toBe('xy\tz\n');
    expect(xmlText('Україна 😀')).toBe('Україна 😀');
    expect(xmlText('a\r\nb')).toBe('a&#13;\nb');
  });

  it('escapes attribute values, whitespace included, and refuses names that are not XML names', () => {
    const xml = toXml(el('root', { title: `"x" & 'y' <z>\n\t`, skipped: undefined, off: false }), new Set());
    expect(xml).toContain(`<root title="&quot;x&quot; &amp; &apos;y&apos; &lt;z&gt;&#10;&#9;"/>`);
    expect(() => el('p onclick="x"')).toThrow(/not an XML name/);
    expect(() => el('p', { 'a b': '1' })).toThrow(/not an XML name/);
  });

  it('indents blocks but never adds whitespace inside text', () => {
    const tree = el(
      'doc',
      {},
      el('p', {}, el('b', {}, 'bold'), el('i', {}, el('b', {}, 'x'))),
      el('list', {}, el('item', {})),
    );
    expect(toXml(tree, new Set(['p']))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<doc>\n  <p><b>bold</b><i><b>x</b></i></p>\n  <list>\n    <item/>\n  </list>\n</doc>\n',
    );
  });
});
