import type { MouseEvent } from 'react';
import { navigate, type TreatyView, treatyPath } from '../router/route.ts';

const LABELS: Record<TreatyView, string> = {
  text: 'Text',
  matrix: 'Matrix',
  scenario: 'Scenario',
  versions: 'Versions',
  agreement: 'Agreement',
  members: 'Members',
  export: 'Export',
};

/** The views of the treaty, as links (each view has its address). */
export function ViewTabs({ treatyId, view }: { treatyId: string; view: TreatyView }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Each view restores its own scroll position.
    navigate(path, { keepScroll: true });
  };
  return (
    <nav className="view-tabs" aria-label="Views of the treaty">
      {(Object.keys(LABELS) as TreatyView[]).map((tab) => {
        const path = treatyPath(treatyId, tab);
        return (
          <a
            key={tab}
            href={path}
            className="view-tab"
            aria-current={tab === view ? 'page' : undefined}
            onClick={(event) => onClick(event, path)}
          >
            {LABELS[tab]}
          </a>
        );
      })}
    </nav>
  );
}
