import type { JSONContent } from '@tiptap/core';
import type { Block, Run } from './exportModel.ts';

/** The rich body of a clause (ProseMirror JSON) as export blocks: paragraphs and lists, bold and italic. */
export function bodyBlocks(body: readonly JSONContent[]): Block[] {
  return body.flatMap(toBlocks);
}

function toBlocks(node: JSONContent): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: runsOf(node.content ?? []) }];
    case 'bulletList':
    case 'orderedList':
      return [
        {
          kind: 'list',
          ordered: node.type === 'orderedList',
          items: (node.content ?? []).map((item) => (item.content ?? []).flatMap(toBlocks)),
        },
      ];
    default:
      // Unknown blocks keep their text rather than vanish.
      return [{ kind: 'paragraph', runs: runsOf(node.content ?? []) }];
  }
}

function runsOf(inline: readonly JSONContent[]): Run[] {
  const runs: Run[] = [];
  for (const node of inline) {
    if (node.type === 'hardBreak') {
      runs.push({ text: '\n' });
      continue;
    }
    if (typeof node.text !== 'string' || node.text === '') continue;
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    runs.push({
      text: node.text,
      ...(marks.has('bold') ? { bold: true } : {}),
      ...(marks.has('italic') ? { italic: true } : {}),
    });
  }
  return runs;
}

/** Plain paragraphs as blocks (options, compare redlines). */
export function paragraphBlocks(paragraphs: readonly string[]): Block[] {
  return paragraphs.map((text) => ({ kind: 'paragraph', runs: text ? [{ text }] : [] }));
}

/** The plain text of blocks, one line per paragraph or list item. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.runs.map((run) => run.text).join('')
        : block.items.map((item) => blocksText(item)).join('\n'),
    )
    .join('\n');
}
