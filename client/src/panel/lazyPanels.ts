import { lazyWithMessages } from '../i18n/lazyWithMessages.ts';

// The side panel's contents load when a panel is first opened, with their messages.
export const ClauseTagPanel = lazyWithMessages(() =>
  import('./ClauseTagPanel.tsx').then((m) => m.ClauseTagPanel),
);
export const PartiesPanel = lazyWithMessages(() => import('./PartiesPanel.tsx').then((m) => m.PartiesPanel));
export const ClauseHistoryPanel = lazyWithMessages(() =>
  import('../versions/ClauseHistoryPanel.tsx').then((m) => m.ClauseHistoryPanel),
);
