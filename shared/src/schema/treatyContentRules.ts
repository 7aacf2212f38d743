import type { NodeType } from '@tiptap/pm/model';
import { isLanguageCode } from '../languages/languageCodes.ts';
import { isValidClauseId } from '../treatyId.ts';
import { CLAUSE_ID_ATTR, LANG_ATTR, LANGUAGE_TEXT_NODES, TreatyNode } from '../treatyLayout.ts';
import { treatySchema } from './treatySchemaExtensions.ts';

/**
 * What the treaty schema allows in a Yjs treaty fragment beyond node names and
 * nesting (which ProseMirror's content expressions decide): attribute values and
 * text formatting. The server checks every client update against these rules;
 * ProseMirror itself would accept any attribute value and drop unknown ones.
 */

type AttributeRule = (value: unknown) => boolean;

const ORDERED_LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

/** Every attribute a node may carry in Yjs, by node name; a node missing here carries none. */
const ATTRIBUTE_RULES: Record<string, Record<string, AttributeRule>> = {
  [TreatyNode.clause]: { [CLAUSE_ID_ATTR]: isValidClauseId },
  [TreatyNode.titleText]: { [LANG_ATTR]: isLanguageCode },
  [TreatyNode.preambleText]: { [LANG_ATTR]: isLanguageCode },
  [TreatyNode.clauseText]: { [LANG_ATTR]: isLanguageCode },
  orderedList: {
    start: (value) => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 1_000_000,
    type: (value) => typeof value === 'string' && ORDERED_LIST_TYPES.has(value),
  },
};

/** Node names that never appear as Yjs elements (the fragment is the doc; text is Y.XmlText). */
const NOT_ELEMENTS = new Set<string>([TreatyNode.doc, 'text']);

/** The schema's node type for a Yjs element name, or null if no element may have that name. */
export function elementNodeType(nodeName: string): NodeType | null {
  if (NOT_ELEMENTS.has(nodeName)) return null;
  return treatySchema().nodes[nodeName] ?? null;
}

/** Why `key = value` is not a valid attribute of a `nodeName` element, or null if it is. */
export function attributeProblem(nodeName: string, key: string, value: unknown): string | null {
  const rule = ATTRIBUTE_RULES[nodeName]?.[key];
  if (!rule) return `unknown attribute "${key}" on ${nodeName}`;
  return rule(value) ? null : `invalid value of ${nodeName}.${key}`;
}

/** Attributes a `nodeName` element must carry (a clause without its identity, a text without its language). */
export function requiredAttributes(nodeName: string): string[] {
  if (nodeName === TreatyNode.clause) return [CLAUSE_ID_ATTR];
  return LANGUAGE_TEXT_NODES.has(nodeName) ? [LANG_ATTR] : [];
}

// y-prosemirror stores overlapping marks under `<name>--<hash>`.
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/** The mark a Yjs text formatting attribute stands for. */
export function markNameOf(attribute: string): string {
  return HASHED_MARK.exec(attribute)?.[1] ?? attribute;
}

/**
 * Why text inside a `parent` node may not carry the formatting attribute
 * `attribute = value`, or null if it may. A null value removes formatting
 * and is always fine.
 */
export function formattingProblem(parent: NodeType, attribute: string, value: unknown): string | null {
  if (value === null) return null;
  const markType = treatySchema().marks[markNameOf(attribute)];
  if (!markType) return `unknown mark "${attribute}"`;
  if (!parent.allowsMarkType(markType)) return `mark "${markType.name}" not allowed in ${parent.name}`;
  if (typeof value !== 'object' || Array.isArray(value))
    return `invalid attributes of mark "${markType.name}"`;
  const allowed = markType.spec.attrs ?? {};
  for (const [key, attr] of Object.entries(value as Record<string, unknown>)) {
    if (!(key in allowed)) return `unknown attribute "${key}" of mark "${markType.name}"`;
    if (attr !== null && typeof attr === 'object') return `invalid attributes of mark "${markType.name}"`;
  }
  return null;
}
