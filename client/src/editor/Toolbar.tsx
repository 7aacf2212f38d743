import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { clauseShortcuts } from './extensions/ClauseCommands.ts';
import { TAGS_SHORTCUT } from './extensions/clauseTagsWidget.ts';
import { ToolbarButton } from './ToolbarButton.tsx';
import { toolbarState } from './toolbarState.ts';

export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation(['editor', 'a11y']);
  const state = useEditorState({ editor, selector: toolbarState });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    command(editor.chain().focus()).run();

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        <ToolbarButton
          label={t('toolbar.bold')}
          shortcut="Mod-b"
          pressed={state.bold}
          disabled={!state.canFormat}
          onClick={run((c) => c.toggleBold())}
        >
          <b>{t('toolbar.boldButton')}</b>
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.italic')}
          shortcut="Mod-i"
          pressed={state.italic}
          disabled={!state.canFormat}
          onClick={run((c) => c.toggleItalic())}
        >
          <i>{t('toolbar.italicButton')}</i>
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.bulletList')}
          pressed={state.bulletList}
          disabled={!state.canList}
          onClick={run((c) => c.toggleBulletList())}
        >
          {t('toolbar.bulletListButton')}
        </ToolbarButton>
        <ToolbarButton
          // The name holds the visible "1. List" (WCAG 2.5.3, label in name).
          label={t('a11y:labelInName.orderedList')}
          pressed={state.orderedList}
          disabled={!state.canList}
          onClick={run((c) => c.toggleOrderedList())}
        >
          {t('toolbar.orderedListButton')}
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label={t('toolbar.undo')}
          shortcut="Mod-z"
          disabled={!state.canUndo}
          onClick={run((c) => c.undo())}
        >
          ↶
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.redo')}
          shortcut="Mod-Shift-z"
          disabled={!state.canRedo}
          onClick={run((c) => c.redo())}
        >
          ↷
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label={t('toolbar.insertArticle')}
          shortcut={clauseShortcuts.insert}
          disabled={!state.inClause}
          onClick={run((c) => c.insertClauseAfter())}
        >
          {t('toolbar.insertArticleButton')}
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.moveUp')}
          shortcut={clauseShortcuts.up}
          disabled={!state.canMoveUp}
          onClick={run((c) => c.moveClause('up'))}
        >
          {t('toolbar.moveUpButton')}
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.moveDown')}
          shortcut={clauseShortcuts.down}
          disabled={!state.canMoveDown}
          onClick={run((c) => c.moveClause('down'))}
        >
          {t('toolbar.moveDownButton')}
        </ToolbarButton>
        <ToolbarButton
          label={t('toolbar.deleteArticle')}
          shortcut={clauseShortcuts.delete}
          disabled={!state.canDelete}
          onClick={run((c) => c.deleteClause())}
        >
          {t('toolbar.deleteArticleButton')}
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label={t('toolbar.tags')}
          shortcut={TAGS_SHORTCUT}
          disabled={!state.inClause}
          onClick={() => editor.commands.openClauseTags()}
        >
          {t('toolbar.tagsButton')}
        </ToolbarButton>
      </div>
    </div>
  );
}
