import { Action, roleAllows, type TreatyTags } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/MeContext.tsx';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useTreatyLanguages } from '../editor/useTreatyLanguages.ts';
import { useTreatyTags } from '../tags/useTreatyTags.ts';
import { AddLanguageForm } from './AddLanguageForm.tsx';
import { AddPartyForm } from './AddPartyForm.tsx';
import { LanguageRow } from './LanguageRow.tsx';
import { PanelSection } from './PanelSection.tsx';
import { PartyRow } from './PartyRow.tsx';
import { SidePanel } from './SidePanel.tsx';

function commitmentsByParty(tags: TreatyTags): Map<string, number> {
  const counts = new Map<string, number>();
  for (const clause of tags.byClause.values()) {
    for (const { party } of clause.commitments) counts.set(party, (counts.get(party) ?? 0) + 1);
  }
  return counts;
}

/**
 * The states and organisations bound by the treaty, by code, and the
 * languages of its text; the chair manages them, everyone sees them live.
 */
export function PartiesPanel({ session, onClose }: { session: CollabSession; onClose: () => void }) {
  const { t } = useTranslation('panel');
  const tags = useTreatyTags(session.tags);
  const languages = useTreatyLanguages(session.doc);
  const canManage = roleAllows(useMe().role, Action.manage);
  const counts = commitmentsByParty(tags);
  return (
    <SidePanel kicker={t('parties.kicker')} title={t('parties.title')} onClose={onClose} focusKey="parties">
      <PanelSection title={t('parties.count', { count: tags.parties.length })}>
        {!canManage && <p className="panel-note">{t('parties.chairManages')}</p>}
        {tags.parties.length === 0 ? (
          <p className="panel-note">{t('parties.none')}</p>
        ) : (
          <ul className="party-list" aria-label={t('parties.list')}>
            {tags.parties.map((party) => (
              <PartyRow
                key={party.code}
                treatyId={session.treatyId}
                party={party}
                commitments={counts.get(party.code) ?? 0}
                canManage={canManage}
              />
            ))}
          </ul>
        )}
      </PanelSection>
      {canManage && (
        <PanelSection title={t('parties.add')}>
          <AddPartyForm treatyId={session.treatyId} taken={tags.parties.map((party) => party.code)} />
        </PanelSection>
      )}
      <PanelSection title={t('languages.count', { count: languages.length })}>
        {!canManage && <p className="panel-note">{t('languages.chairManages')}</p>}
        <ul className="party-list" aria-label={t('languages.list')}>
          {languages.map((code, index) => (
            <LanguageRow
              key={code}
              treatyId={session.treatyId}
              code={code}
              first={index === 0}
              removable={canManage && languages.length > 1}
            />
          ))}
        </ul>
        {canManage && <AddLanguageForm treatyId={session.treatyId} taken={languages} />}
      </PanelSection>
    </SidePanel>
  );
}
