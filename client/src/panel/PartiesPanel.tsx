import { Action, roleAllows, type TreatyTags } from '@pactum/shared';
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
  const tags = useTreatyTags(session.tags);
  const languages = useTreatyLanguages(session.doc);
  const canManage = roleAllows(useMe().role, Action.manage);
  const counts = commitmentsByParty(tags);
  return (
    <SidePanel kicker="Treaty" title="Parties" onClose={onClose} focusKey="parties">
      <PanelSection title={tags.parties.length === 1 ? '1 party' : `${tags.parties.length} parties`}>
        {!canManage && <p className="panel-note">The chair adds, renames and removes the parties.</p>}
        {tags.parties.length === 0 ? (
          <p className="panel-note">No parties yet.</p>
        ) : (
          <ul className="party-list" aria-label="Parties of the treaty">
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
        <PanelSection title="Add a party">
          <AddPartyForm treatyId={session.treatyId} taken={tags.parties.map((party) => party.code)} />
        </PanelSection>
      )}
      <PanelSection title={languages.length === 1 ? '1 language' : `${languages.length} languages`}>
        {!canManage && <p className="panel-note">The chair adds and removes the languages of the text.</p>}
        <ul className="party-list" aria-label="Languages of the text">
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
