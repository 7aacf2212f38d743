import {
  type Attrs,
  type ContentMatch,
  Mark,
  type MarkType,
  type NodeType,
  type Node as ProseMirrorNode,
  type Schema,
} from '@tiptap/pm/model';
import * as Y from 'yjs';
import { treatySchema } from './treatySchemaExtensions.ts';

/**
 * The treaty held in a Yjs XmlFragment as a ProseMirror document of
 * {@link treatySchema}, read without writing anything to the Y.Doc.
 *
 * y-tiptap's conversion deletes from the shared document whatever the schema
 * cannot hold (as a Yjs edit that is then stored and broadcast), so no reader
 * may use it. This one leaves such content out of the result instead:
 * elements the schema does not know or does not allow in their parent (with
 * their subtree), marks it does not know or the parent does not allow,
 * attributes it does not declare or that fail their validation (the default
 * applies), embeds and hooks. Like y-tiptap it does not enforce the order or
 * number of children, so a clause may come back without its heading. For
 * content the schema can hold, the result equals y-tiptap's. It never throws.
 * Any other schema may be given in place of the treaty's.
 */
export function treatyNodeFromFragment(
  fragment: Y.XmlFragment,
  schema: Schema = treatySchema(),
): ProseMirrorNode {
  return schema.topNodeType.create(null, childrenOf(fragment, schema.topNodeType));
}

/**
 * One element and its subtree as a node of {@link treatySchema}, read like
 * {@link treatyNodeFromFragment} does; null when the schema has no such node.
 * Whether the node may stand where the element stands is the caller's concern.
 */
export function treatyNodeFromElement(
  element: Y.XmlElement,
  schema: Schema = treatySchema(),
): ProseMirrorNode | null {
  const type = schema.nodes[element.nodeName];
  return type && !type.isText ? nodeOf(element, type) : null;
}

function nodeOf(element: Y.XmlElement, type: NodeType): ProseMirrorNode | null {
  try {
    return type.create(attrsOf(type, element.getAttributes()), childrenOf(element, type));
  } catch {
    // A required attribute without a default, or a subtree nested deeper than the stack allows.
    return null;
  }
}

function childrenOf(parent: Y.XmlFragment, type: NodeType): ProseMirrorNode[] {
  const allowed = allowedChildren(type);
  const children: ProseMirrorNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      const childType = type.schema.nodes[child.nodeName];
      const node = childType && !childType.isText && allowed.has(childType) ? nodeOf(child, childType) : null;
      if (node) children.push(node);
    } else if (child instanceof Y.Text && allowed.has(type.schema.nodes.text as NodeType)) {
      // Adjacent Y.Texts (y-tiptap merges them in the document) simply follow each other here.
      pushTextNodes(children, child, type);
    }
  }
  return children;
}

function pushTextNodes(nodes: ProseMirrorNode[], text: Y.Text, parent: NodeType): void {
  for (const op of text.toDelta() as Array<{ insert?: unknown; attributes?: unknown }>) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    nodes.push(parent.schema.text(op.insert, marksOf(op.attributes, parent)));
  }
}

/** y-tiptap stores a mark that may overlap itself under `<name>--<hash of its JSON>` (`yattr2markname`). */
const hashedMarkName = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function marksOf(formatting: unknown, parent: NodeType): readonly Mark[] {
  let marks: readonly Mark[] = Mark.none;
  if (!isRecord(formatting)) return marks;
  for (const [key, value] of Object.entries(formatting)) {
    const type = parent.schema.marks[hashedMarkName.exec(key)?.[1] ?? key];
    if (!type || !parent.allowsMarkType(type)) continue;
    const mark = markOf(type, value);
    if (mark) marks = mark.addToSet(marks);
  }
  return marks;
}

function markOf(type: MarkType, attrs: unknown): Mark | null {
  try {
    return type.create(attrsOf(type, attrs));
  } catch {
    return null;
  }
}

/** The declared attributes that are present and valid; the rest take their defaults. */
function attrsOf(type: NodeType | MarkType, given: unknown): Attrs | null {
  const declared = type.spec.attrs;
  if (!declared || !isRecord(given)) return null;
  const attrs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (!Object.hasOwn(given, name)) continue;
    const value = given[name];
    if (value === undefined || value instanceof Y.AbstractType) continue;
    if (spec.validate && !accepts(type, name, value)) continue;
    attrs[name] = value;
  }
  return attrs;
}

function accepts(type: NodeType | MarkType, name: string, value: unknown): boolean {
  try {
    type.create({ [name]: value });
    return true;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const allowedCache = new WeakMap<NodeType, ReadonlySet<NodeType>>();

/** Every node type that the content expression of `type` admits somewhere. */
function allowedChildren(type: NodeType): ReadonlySet<NodeType> {
  const cached = allowedCache.get(type);
  if (cached) return cached;
  const allowed = new Set<NodeType>();
  const states = new Set<ContentMatch>([type.contentMatch]);
  // A Set's iteration also visits what is added during it: a walk over all reachable states.
  for (const state of states) {
    for (let i = 0; i < state.edgeCount; i++) {
      const edge = state.edge(i);
      allowed.add(edge.type);
      states.add(edge.next);
    }
  }
  allowedCache.set(type, allowed);
  return allowed;
}
