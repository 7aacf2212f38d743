import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { clauseLabel } from './clauseNumber.ts';
import { CLAUSE_ID_ATTR, TreatyNode } from './treatyLayout.ts';
import type { ClauseText, TreatyText } from './treatyModel.ts';

function blockText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, '\n', '\n');
}

/** Reads the text of a treaty ProseMirror document, numbering clauses by position. */
export function treatyFromNode(doc: ProseMirrorNode): TreatyText {
  const treaty: TreatyText = { title: '', preamble: '', clauses: [] };
  doc.forEach((child) => {
    switch (child.type.name) {
      case TreatyNode.title:
        treaty.title = child.textContent;
        break;
      case TreatyNode.preamble:
        treaty.preamble = blockText(child);
        break;
      case TreatyNode.clause:
        treaty.clauses.push(clauseFromNode(child, treaty.clauses.length + 1));
        break;
    }
  });
  return treaty;
}

/** One clause node read as text, numbered `number`. */
export function clauseFromNode(node: ProseMirrorNode, number: number): ClauseText {
  let heading = '';
  let text = '';
  let body: ClauseText['body'] = [];
  node.forEach((part) => {
    if (part.type.name === TreatyNode.clauseHeading) heading = part.textContent;
    if (part.type.name === TreatyNode.clauseBody) {
      text = blockText(part);
      body = part.toJSON().content ?? [];
    }
  });
  return {
    clauseId: String(node.attrs[CLAUSE_ID_ATTR] ?? ''),
    number,
    label: clauseLabel(number),
    heading,
    text,
    body,
  };
}
