import type { JSONContent } from '@tiptap/core';
import type { ReactNode } from 'react';

function text(node: JSONContent): ReactNode {
  let content: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') content = <strong>{content}</strong>;
    else if (mark.type === 'italic') content = <em>{content}</em>;
  }
  return content;
}

function block(node: JSONContent, key: number): ReactNode {
  const children = node.content?.map(block);
  switch (node.type) {
    case 'text':
      return <span key={key}>{text(node)}</span>;
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? start : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    default:
      // A node type this reader does not know yet still shows its text.
      return <span key={key}>{children}</span>;
  }
}

/** A clause body (ProseMirror JSON) as React elements: read-only, and never parsed as HTML. */
export function RichBody({ content }: { content: readonly JSONContent[] }) {
  return <div className="version-body">{content.map(block)}</div>;
}
