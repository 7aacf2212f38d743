import type { TreatyTags } from '@pactum/shared';
import type { CollabSession } from '../collab/CollabSession.ts';
import { useTreatyTags } from '../tags/useTreatyTags.ts';
import { AddPartyForm } from './AddPartyForm.tsx';
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

/** The states and organisations bound by the treaty, by code. */
export function PartiesPanel({ session, onClose }: { session: CollabSession; onClose: () => void }) {
  const tags = useTreatyTags(session.tags);
  const counts = commitmentsByParty(tags);
  return (
    <SidePanel kicker="Treaty" title="Parties" onClose={onClose} focusKey="parties">
      <PanelSection title={tags.parties.length === 1 ? '1 party' : `${tags.parties.length} parties`}>
        {tags.parties.length === 0 ? (
          <p className="panel-note">No parties yet.</p>
        ) : (
          <ul className="party-list">
            {tags.parties.map((party) => (
              <PartyRow
                key={party.code}
                doc={session.doc}
                party={party}
                commitments={counts.get(party.code) ?? 0}
              />
            ))}
          </ul>
        )}
      </PanelSection>
      <PanelSection title="Add a party">
        <AddPartyForm doc={session.doc} taken={tags.parties.map((party) => party.code)} />
      </PanelSection>
    </SidePanel>
  );
}
