import { parseSync } from 'oxc-parser';

/** A string a person would read, written in code instead of a message file. */
export interface Untranslated {
  file: string;
  line: number;
  text: string;
}

// Attributes whose value a person reads or hears.
const READ_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);

// Calls whose string arguments are not for people: keys, selectors, events, developer errors.
const CODE_CALLEES = new Set([
  't',
  'exists',
  'Error',
  'TypeError',
  'RangeError',
  'addEventListener',
  'removeEventListener',
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'createElement',
  'getAttribute',
  'removeAttribute',
  'hasAttribute',
  'getItem',
  'setItem',
  'removeItem',
  'debug',
  'warn',
  'error',
  'log',
  'info',
]);

// Key bindings ("Mod-Alt-g") name keys, not words.
const KEY_COMBINATION = /^(Mod|Shift|Alt|Ctrl|Control|Meta)(-\S+)+$/;

// `// i18n-ignore: why` on the line before (or the same line) keeps one string as it is.
const IGNORE = /i18n-ignore/;

/** A word starting with a capital, a letter outside ASCII, or a sentence: what people read. */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed)) return false;
  if (/[^\p{ASCII}]/u.test(trimmed.replace(/[^\p{L}]/gu, ''))) return true;
  if (/(^|[\s(“"'—–-])\p{Lu}\p{Ll}+\b/u.test(trimmed) && !/^[\p{Lu}][\p{L}\d]*$/u.test(trimmed)) return true;
  if (/^\p{Lu}\p{Ll}{2,}$/u.test(trimmed)) return true;
  return /\p{L}+\s+\p{L}+.*[.!?…:]$/u.test(trimmed);
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Strings a person would read in one source file (TypeScript or TSX). */
export function findUntranslated(file: string, source: string): Untranslated[] {
  const parsed = parseSync(file, source);
  if (parsed.errors.length > 0) throw new Error(`${file} does not parse: ${parsed.errors[0]?.message}`);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const lines = source.split('\n');
  const ignored = (line: number) => IGNORE.test(lines[line - 1] ?? '') || IGNORE.test(lines[line - 2] ?? '');

  const found: Untranslated[] = [];
  const report = (node: Node, text: string) => {
    const line = lineOf(node.start);
    if (!ignored(line)) found.push({ file, line, text: text.trim().slice(0, 80) });
  };

  const visit = (node: Node, parents: Node[]) => {
    switch (node.type) {
      case 'JSXText': {
        const text = String(node.value);
        if (/\p{L}/u.test(text)) report(node, text);
        break;
      }
      case 'Literal':
        if (typeof node.value === 'string' && isRead(node.value, node, parents)) report(node, node.value);
        break;
      case 'TemplateLiteral': {
        const quasis = node.quasis as Array<{ value: { cooked: string | null } }>;
        const text = quasis.map((quasi) => quasi.value.cooked ?? '').join('x');
        if (isRead(text, node, parents)) report(node, text);
        break;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, [...parents, node]);
      } else if (isNode(child)) visit(child, [...parents, node]);
    }
  };
  visit(parsed.program as unknown as Node, []);
  return found;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Whether a string in this place is for a person to read. */
function isRead(text: string, node: Node, parents: Node[]): boolean {
  const parent = parents.at(-1);
  const attribute = parents.findLast((node) => node.type === 'JSXAttribute');
  if (attribute) {
    const name = (attribute.name as { name?: unknown }).name;
    // A message key inside the attribute, title={t('toolbar.bold')}, is not read as it is.
    const inner = parents.slice(parents.indexOf(attribute));
    const call = inner.findLast((node) => node.type === 'CallExpression');
    if (call && CODE_CALLEES.has(calleeName(call))) return false;
    return typeof name === 'string' && READ_ATTRIBUTES.has(name) && /\p{L}/u.test(text);
  }
  if (!parent || KEY_COMBINATION.test(text)) return false;
  // Inside JSX, words with a space between them are read even in lower case ("no party commits").
  const inJsx = parents.some((node) => node.type === 'JSXExpressionContainer');
  if (!looksLikeProse(text) && !(inJsx && /\p{L}{2,}\s+\p{L}{2,}/u.test(text))) return false;
  if (parents.some((node) => node.type.startsWith('TS') && node.type !== 'TSAsExpression')) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
    case 'SwitchCase':
      return false;
    case 'BinaryExpression':
      return !['===', '!==', '==', '!='].includes(String(parent.operator));
    case 'Property':
    case 'PropertyDefinition':
      if (parent.key === node) return false;
      break;
    case 'MemberExpression':
      return false;
  }
  const call = parents.findLast((node) => node.type === 'CallExpression' || node.type === 'NewExpression');
  if (call && CODE_CALLEES.has(calleeName(call))) return false;
  return true;
}

function calleeName(call: Node): string {
  const callee = call.callee as Node;
  if (callee.type === 'Identifier') return String(callee.name);
  if (callee.type === 'MemberExpression') return String((callee.property as Node).name ?? '');
  return '';
}
