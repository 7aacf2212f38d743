import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRovingFocus } from '../lib/useRovingFocus.ts';
import { navigate, TREATY_VIEWS, type TreatyView, treatyPath } from '../router/route.ts';

/** The element that shows the open view: its `role="tabpanel"` is labelled by the selected tab. */
export const VIEW_PANEL_ID = 'treaty-view-panel';
export const viewTabId = (view: TreatyView) => `view-tab-${view}`;

/**
 * The views of the treaty as an ARIA tablist. Each tab is still a link to the
 * view's address (back and forward work, a middle click opens a new window).
 * Arrow keys, Home and End only move focus; Enter or Space opens the view
 * (manual activation: opening a view loads it and adds a history entry, so
 * arrowing across the row must not open every view on the way).
 */
export function ViewTabs({ treatyId, view }: { treatyId: string; view: TreatyView }) {
  const { t } = useTranslation(['a11y', 'views']);
  const roving = useRovingFocus(TREATY_VIEWS, view);
  const open = (path: string) => {
    // Each view restores its own scroll position.
    navigate(path, { keepScroll: true });
  };
  const onClick = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, path: string) => {
    // A link opens on Enter by itself; a tab opens on Space too.
    if (event.key !== ' ') return;
    event.preventDefault();
    open(path);
  };
  return (
    <div
      className="view-tabs"
      role="tablist"
      aria-label={t('viewTabs.label')}
      onKeyDown={roving.onKeyDown}
      onBlur={roving.onBlur}
    >
      {TREATY_VIEWS.map((tab) => {
        const path = treatyPath(treatyId, tab);
        const selected = tab === view;
        return (
          <a
            key={tab}
            ref={roving.itemRef(tab)}
            id={viewTabId(tab)}
            href={path}
            role="tab"
            className="view-tab"
            aria-selected={selected}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            onClick={(event) => onClick(event, path)}
            onKeyDown={(event) => onKeyDown(event, path)}
          >
            {t(`views:tabs.${tab}`)}
          </a>
        );
      })}
    </div>
  );
}
