import { lazyWithMessages } from '../i18n/lazyWithMessages.ts';

// The views besides the text load when first opened, with their messages.
export const MatrixView = lazyWithMessages(() => import('./MatrixView.tsx').then((m) => m.MatrixView));
export const ScenarioView = lazyWithMessages(() => import('./ScenarioView.tsx').then((m) => m.ScenarioView));
export const VersionsView = lazyWithMessages(() =>
  import('../versions/VersionsView.tsx').then((m) => m.VersionsView),
);
export const AgreementView = lazyWithMessages(() =>
  import('../agreement/AgreementView.tsx').then((m) => m.AgreementView),
);
export const MembersView = lazyWithMessages(() =>
  import('../access/MembersView.tsx').then((m) => m.MembersView),
);
export const ExportView = lazyWithMessages(() =>
  import('../export/ExportView.tsx').then((m) => m.ExportView),
);
