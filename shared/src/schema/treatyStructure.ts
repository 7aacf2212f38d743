import type { NodeType } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { readLanguages } from '../languages/languagesLayout.ts';
import { LANG_ATTR, TreatyNode } from '../treatyLayout.ts';
import {
  attributeProblem,
  elementNodeType,
  formattingProblem,
  requiredAttributes,
} from './treatyContentRules.ts';
import { treatySchema } from './treatySchemaExtensions.ts';

/** Deeper nesting than any treaty needs; checked without recursing past it. */
const MAX_DEPTH = 32;

/** The node type whose content a Yjs element (or the treaty fragment itself, the doc) holds. */
export function containerNodeType(parent: Y.XmlFragment): NodeType | null {
  return parent instanceof Y.XmlElement ? elementNodeType(parent.nodeName) : treatySchema().topNodeType;
}

type ChildType = NodeType | 'empty' | { problem: string };

function childType(child: unknown): ChildType {
  if (child instanceof Y.XmlText)
    return child.length === 0 ? 'empty' : (treatySchema().nodes.text as NodeType);
  if (child instanceof Y.XmlElement) {
    return elementNodeType(child.nodeName) ?? { problem: `unknown node "${child.nodeName.slice(0, 40)}"` };
  }
  return { problem: 'content that is neither an element nor text' };
}

/**
 * Why the children of `parent` do not match its node type's content
 * expression (which nodes, in which order, how many), or null if they do.
 * Only names and order are looked at here; see {@link newContentProblem}.
 */
export function sequenceProblem(parent: Y.XmlFragment): string | null {
  return sequenceCheck(parent).problem;
}

/**
 * {@link sequenceProblem}, telling apart a sequence that is only incomplete:
 * every child fits where it is, but something required is missing at the
 * end (an article body whose last paragraph a concurrent edit removed).
 */
function sequenceCheck(parent: Y.XmlFragment): { problem: string | null; incomplete: boolean } {
  const type = containerNodeType(parent);
  if (!type) return { problem: null, incomplete: false };
  let match = type.contentMatch;
  for (const child of parent.toArray()) {
    const kind = childType(child);
    if (kind === 'empty') continue;
    if ('problem' in kind) return { problem: kind.problem, incomplete: false };
    const next = match.matchType(kind);
    if (!next) return { problem: `${kind.name} not allowed here in ${type.name}`, incomplete: false };
    match = next;
  }
  if (!match.validEnd) return { problem: `${type.name} is missing required content`, incomplete: true };
  return languageCheck(parent, type) ?? { problem: null, incomplete: false };
}

/** The language text node that a title, a preamble or a clause holds one of per language. */
const LANGUAGE_TEXT_OF: Record<string, string> = {
  [TreatyNode.title]: TreatyNode.titleText,
  [TreatyNode.preamble]: TreatyNode.preambleText,
  [TreatyNode.clause]: TreatyNode.clauseText,
};

/**
 * What no content expression can say: a title, preamble or clause holds one
 * text in each of the treaty's languages — none twice, none in a language the
 * treaty does not have. Missing ones only make it incomplete (the repair adds
 * them empty); their order does not matter, as readers look texts up by language.
 */
function languageCheck(
  parent: Y.XmlFragment,
  type: NodeType,
): { problem: string; incomplete: boolean } | null {
  const textType = LANGUAGE_TEXT_OF[type.name];
  if (!textType || !parent.doc) return null;
  const languages = readLanguages(parent.doc);
  const seen = new Set<string>();
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== textType) continue;
    const lang = child.getAttribute(LANG_ATTR) as unknown;
    if (typeof lang !== 'string' || !languages.includes(lang)) {
      return { problem: `${textType} in a language the treaty does not have`, incomplete: false };
    }
    if (seen.has(lang)) return { problem: `two ${textType}s in ${lang}`, incomplete: false };
    seen.add(lang);
  }
  const missing = languages.filter((lang) => !seen.has(lang));
  return missing.length > 0
    ? { problem: `${type.name} has no text in ${missing.join(', ')}`, incomplete: true }
    : null;
}

/** The languages a title, preamble or clause element lacks a text in (empty for other elements). */
export function missingLanguages(parent: Y.XmlElement): string[] {
  const textType = LANGUAGE_TEXT_OF[parent.nodeName];
  if (!textType || !parent.doc) return [];
  const present = new Set(
    parent
      .toArray()
      .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === textType)
      .map((child) => child.getAttribute(LANG_ATTR) as unknown),
  );
  return readLanguages(parent.doc).filter((lang) => !present.has(lang));
}

/**
 * Positions of the children of `parent` that, left out, make the rest match
 * its content expression, choosing only among `removable` children; null if
 * leaving those out is not enough.
 */
export function misplacedChildren(
  parent: Y.XmlFragment,
  removable: (child: unknown) => boolean,
): number[] | null {
  const type = containerNodeType(parent);
  if (!type) return null;
  let match = type.contentMatch;
  const misplaced: number[] = [];
  let index = 0;
  for (const child of parent.toArray()) {
    const kind = childType(child);
    const next = kind === 'empty' ? match : 'problem' in kind ? null : match.matchType(kind);
    if (next) match = next;
    else if (removable(child)) misplaced.push(index);
    else return null;
    index += 1;
  }
  return match.validEnd ? misplaced : null;
}

/** Why text inside a `parent` node is not valid treaty text: attributes, embeds, marks. */
export function textProblem(text: Y.XmlText, parent: NodeType): string | null {
  if (Object.keys(text.getAttributes()).length > 0) return 'attributes on a text node';
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert !== 'string') return 'embedded content in text';
    for (const [attribute, value] of Object.entries(op.attributes ?? {})) {
      const problem = formattingProblem(parent, attribute, value);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * Why a child that was just inserted (an element with everything inside it,
 * or a text) is not valid treaty content, or null if it is. Its place among
 * its siblings is the parent's business ({@link sequenceProblem}). With
 * `incomplete`, an element inside it that only lacks required content at its
 * end is not a problem but collected there, to be filled.
 */
export function newContentProblem(
  child: unknown,
  parent: NodeType,
  depth = 0,
  incomplete?: Y.XmlElement[],
): string | null {
  if (depth > MAX_DEPTH) return 'content nested too deeply';
  if (child instanceof Y.XmlText) return textProblem(child, parent);
  if (!(child instanceof Y.XmlElement)) return 'content that is neither an element nor text';
  const type = elementNodeType(child.nodeName);
  if (!type) return `unknown node "${child.nodeName.slice(0, 40)}"`;
  const attributes = child.getAttributes() as Record<string, unknown>;
  for (const [key, value] of Object.entries(attributes)) {
    const problem = attributeProblem(type.name, key.slice(0, 40), value);
    if (problem) return problem;
  }
  for (const key of requiredAttributes(type.name)) {
    if (!(key in attributes)) return `${type.name} without ${key}`;
  }
  for (const grandchild of child.toArray()) {
    const problem = newContentProblem(grandchild, type, depth + 1, incomplete);
    if (problem) return problem;
  }
  const { problem, incomplete: onlyIncomplete } = sequenceCheck(child);
  if (problem && onlyIncomplete && incomplete) {
    incomplete.push(child);
    return null;
  }
  return problem;
}

/** Why a whole treaty fragment is not valid treaty content (see {@link newContentProblem}), or null. */
export function fragmentProblem(fragment: Y.XmlFragment): string | null {
  const doc = treatySchema().topNodeType;
  for (const child of fragment.toArray()) {
    const problem = newContentProblem(child, doc);
    if (problem) return problem;
  }
  return sequenceProblem(fragment);
}
