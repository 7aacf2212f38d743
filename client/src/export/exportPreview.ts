import { type AgreementOverview, ClauseStatus } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';
import { formatList } from '../lib/formatList.ts';
import { LIVE } from '../versions/versionApi.ts';
import type { ExportChoice } from './exportHref.ts';

/**
 * What the chosen file will hold, in one sentence, from the live agreement.
 * Of a stored version the client knows no agreement, so that case says how
 * the server decides.
 */
export function exportPreview(
  choice: ExportChoice,
  overview: AgreementOverview,
  hasVersions: boolean,
): string {
  const t = i18next.t;
  if (choice.format === 'json') return t('export:preview.backup');
  const { counts } = overview;
  const total = overview.clauses.length;
  const agreed = counts[ClauseStatus.agreed] + counts[ClauseStatus.agreedAdReferendum];
  if (total === 0 && choice.scope !== 'compare') return t('export:preview.noArticles');
  switch (choice.scope) {
    case 'agreed': {
      if (choice.version !== LIVE) return t('export:preview.agreedOfVersion');
      const open = total - agreed;
      if (open === 0) {
        return total === 1
          ? t('export:preview.onlyArticleAgreed')
          : t('export:preview.allAgreed', { count: total });
      }
      if (agreed === 0) return t('export:preview.noneAgreed', { count: open });
      return t('export:preview.someAgreed', {
        count: agreed,
        total: t('export:preview.ofArticles', { count: total }),
        open,
      });
    }
    case 'full': {
      if (choice.version !== LIVE) return t('export:preview.fullOfVersion');
      const parts = (
        [
          ['agreed', agreed],
          ['bracketed', counts[ClauseStatus.bracketed]],
          ['draft', counts[ClauseStatus.draft]],
        ] as const
      )
        .filter(([, count]) => count !== 0)
        .map(([status, count]) =>
          count === total ? t(`export:preview.all.${status}`) : t(`export:preview.part.${status}`, { count }),
        );
      const statuses = formatList(parts, 'unit');
      return total === 1
        ? t('export:preview.onlyArticleNow', { statuses })
        : t('export:preview.allNow', { count: total, statuses });
    }
    case 'compare':
      if (choice.from !== choice.to) return t('export:preview.compare');
      return hasVersions ? t('export:preview.sameSides') : t('export:preview.noVersions');
  }
}
