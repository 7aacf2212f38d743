import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { PanelSection } from '../panel/PanelSection.tsx';
import { agreementRights } from './agreementRights.ts';
import { Brackets } from './Brackets.tsx';
import { Comments } from './Comments.tsx';
import { Options } from './Options.tsx';
import { partyNames } from './partyNames.ts';
import { Reservations } from './Reservations.tsx';
import { SignOffs } from './SignOffs.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useAgreement } from './useAgreement.ts';

/** The workflow of one article in its side panel: status, sign-offs, brackets, options, comments, reservations. */
export function AgreementSection({ session, clauseId }: { session: CollabSession; clauseId: string }) {
  const { t } = useTranslation('agreement');
  const overview = useAgreement(session);
  const rights = agreementRights(useMe());
  const agreement = overview.clauses.find((clause) => clause.clauseId === clauseId);
  if (!agreement) return null;
  const { treatyId } = session;
  const partyName = partyNames(overview);
  const shared = { treatyId, agreement, partyName, rights };

  return (
    <>
      <PanelSection title={t('section.agreement')} action={<StatusBadge status={agreement.status} />}>
        <SignOffs treatyId={treatyId} agreement={agreement} parties={overview.delegations} rights={rights} />
        <Brackets {...shared} />
      </PanelSection>
      <PanelSection title={t('section.options')}>
        <Options {...shared} />
      </PanelSection>
      <PanelSection
        title={
          agreement.openComments > 0
            ? t('section.commentsOpen', { count: agreement.openComments })
            : t('section.comments')
        }
      >
        <Comments treatyId={treatyId} agreement={agreement} canComment={rights.comment} />
      </PanelSection>
      <PanelSection title={t('section.reservations')}>
        <Reservations {...shared} />
      </PanelSection>
    </>
  );
}
