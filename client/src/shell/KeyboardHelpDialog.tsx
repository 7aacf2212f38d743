import { Fragment, useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseShortcuts } from '../editor/extensions/ClauseCommands.ts';
import { TAGS_SHORTCUT } from '../editor/extensions/clauseTagsWidget.ts';
import { useFocusTrap } from '../lib/useFocusTrap.ts';
import { isTyping, keyboardHelp } from './keyboardHelp.ts';
import { shortcutKeys } from './shortcutKeys.ts';

type Action =
  | 'insert'
  | 'moveUp'
  | 'moveDown'
  | 'delete'
  | 'tags'
  | 'bold'
  | 'italic'
  | 'undo'
  | 'redo'
  | 'help'
  | 'escape'
  | 'viewTabs'
  | 'firstLastTab';

const GROUPS: Array<{ group: 'articles' | 'formatting' | 'everywhere'; rows: Array<[Action, string[]]> }> = [
  {
    group: 'articles',
    rows: [
      ['insert', [clauseShortcuts.insert]],
      ['moveUp', [clauseShortcuts.up]],
      ['moveDown', [clauseShortcuts.down]],
      ['delete', [clauseShortcuts.delete]],
      ['tags', [TAGS_SHORTCUT]],
    ],
  },
  {
    group: 'formatting',
    rows: [
      ['bold', ['Mod-b']],
      ['italic', ['Mod-i']],
      ['undo', ['Mod-z']],
      ['redo', ['Mod-Shift-z']],
    ],
  },
  {
    group: 'everywhere',
    rows: [
      ['help', ['?']],
      // i18n-ignore: key identifiers, worded by shortcutKeys
      ['escape', ['Escape']],
      ['viewTabs', ['ArrowLeft', 'ArrowRight']],
      // i18n-ignore: key identifiers, worded by shortcutKeys
      ['firstLastTab', ['Home', 'End']],
    ],
  },
];

/** One shortcut as keys: shown as printed on this platform's keyboard, spoken by name. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcutKeys(shortcut);
  return (
    <span className="shortcut-keys">
      {keys.map((key, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the keys of one shortcut never move.
        <Fragment key={index}>
          {/* i18n-ignore: the joining sign between keys, as printed in every language */}
          {index > 0 && <span aria-hidden="true">+</span>}
          <kbd>
            <span aria-hidden="true">{key.shown}</span>
            <span className="visually-hidden">{key.spoken}</span>
          </kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The list of keyboard shortcuts, opened by the toolbar's button or by `?` outside a text field. */
export function KeyboardHelpDialog() {
  const { t } = useTranslation('a11y');
  const open = useSyncExternalStore(keyboardHelp.subscribe, keyboardHelp.isOpen);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      keyboardHelp.open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      keyboardHelp.close();
    };
  }, []);

  return open ? <OpenDialog title={t('shortcuts.title')} /> : null;
}

function OpenDialog({ title }: { title: string }) {
  const { t } = useTranslation('a11y');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useFocusTrap(dialog, { onEscape: keyboardHelp.close });

  return (
    <dialog
      ref={dialog}
      className="modal-dialog keyboard-help"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      data-testid="keyboard-help"
      onCancel={(event) => {
        event.preventDefault();
        keyboardHelp.close();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-intro`} className="muted">
        {t('shortcuts.intro')}
      </p>
      {GROUPS.map(({ group, rows }) => (
        <section key={group} aria-labelledby={`${id}-${group}`}>
          <h3 id={`${id}-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
          <dl className="shortcut-list">
            {rows.map(([action, shortcuts]) => (
              <div key={action} className="shortcut-row">
                <dt>{t(`shortcuts.${action}`)}</dt>
                <dd>
                  {shortcuts.map((shortcut, index) => (
                    <Fragment key={shortcut}>
                      {/* i18n-ignore: a separator between two shortcuts of one action */}
                      {index > 0 && <span aria-hidden="true"> / </span>}
                      <Keys shortcut={shortcut} />
                    </Fragment>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={keyboardHelp.close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
