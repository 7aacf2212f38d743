import { type Editor, useEditorState } from '@tiptap/react';
import { clauseShortcuts } from './extensions/ClauseCommands.ts';
import { TAGS_SHORTCUT } from './extensions/clauseTagsWidget.ts';
import { ToolbarButton } from './ToolbarButton.tsx';
import { toolbarState } from './toolbarState.ts';

export function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({ editor, selector: toolbarState });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    command(editor.chain().focus()).run();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting and articles">
      <div className="toolbar-group">
        <ToolbarButton
          label="Bold"
          shortcut="Mod-b"
          pressed={state.bold}
          disabled={!state.canFormat}
          onClick={run((c) => c.toggleBold())}
        >
          <b>B</b>
        </ToolbarButton>
        <ToolbarButton
          label="Italic"
          shortcut="Mod-i"
          pressed={state.italic}
          disabled={!state.canFormat}
          onClick={run((c) => c.toggleItalic())}
        >
          <i>I</i>
        </ToolbarButton>
        <ToolbarButton
          label="Bulleted list"
          pressed={state.bulletList}
          disabled={!state.canList}
          onClick={run((c) => c.toggleBulletList())}
        >
          • List
        </ToolbarButton>
        <ToolbarButton
          label="Numbered list"
          pressed={state.orderedList}
          disabled={!state.canList}
          onClick={run((c) => c.toggleOrderedList())}
        >
          1. List
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label="Undo" shortcut="Mod-z" disabled={!state.canUndo} onClick={run((c) => c.undo())}>
          ↶
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut="Mod-Shift-z"
          disabled={!state.canRedo}
          onClick={run((c) => c.redo())}
        >
          ↷
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label="Insert article after"
          shortcut={clauseShortcuts.insert}
          disabled={!state.inClause}
          onClick={run((c) => c.insertClauseAfter())}
        >
          + Article
        </ToolbarButton>
        <ToolbarButton
          label="Move article up"
          shortcut={clauseShortcuts.up}
          disabled={!state.canMoveUp}
          onClick={run((c) => c.moveClause('up'))}
        >
          ↑ Up
        </ToolbarButton>
        <ToolbarButton
          label="Move article down"
          shortcut={clauseShortcuts.down}
          disabled={!state.canMoveDown}
          onClick={run((c) => c.moveClause('down'))}
        >
          ↓ Down
        </ToolbarButton>
        <ToolbarButton
          label="Delete article"
          shortcut={clauseShortcuts.delete}
          disabled={!state.canDelete}
          onClick={run((c) => c.deleteClause())}
        >
          Delete
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label="Tags of this article"
          shortcut={TAGS_SHORTCUT}
          disabled={!state.inClause}
          onClick={() => editor.commands.openClauseTags()}
        >
          Tags
        </ToolbarButton>
      </div>
    </div>
  );
}
