import { type Editor, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { filterCount } from '../editor/extensions/ClauseFilterHighlight.ts';
import { SelectField } from '../forms/SelectField.tsx';
import type { TreatyTagsStore } from '../tags/TreatyTagsStore.ts';
import { useTreatyTags } from '../tags/useTreatyTags.ts';
import { ACTIVATION_OPTIONS, partyOptions, TRIGGER_OPTIONS } from '../tags/vocabularyOptions.ts';
import { type ClauseFilter, isFilterActive, NO_FILTER } from './clauseFilter.ts';
import { DomainPicker } from './DomainPicker.tsx';

interface FilterBarProps {
  editor: Editor;
  store: TreatyTagsStore;
  filter: ClauseFilter;
  onChange: (filter: ClauseFilter) => void;
}

const ANY = '';

/** Narrows the text by tags and words; the editor highlights what matches and dims the rest. */
export function FilterBar({ editor, store, filter, onChange }: FilterBarProps) {
  const tags = useTreatyTags(store);
  const { matched, total } = useEditorState({ editor, selector: ({ editor }) => filterCount(editor.state) });
  const active = isFilterActive(filter);
  const id = useId();
  const set = (patch: Partial<ClauseFilter>) => onChange({ ...filter, ...patch });
  const articles = (n: number) => (n === 1 ? '1 article' : `${n} articles`);

  return (
    <search className="filter-bar" aria-label="Filter the articles">
      <div className="filter-row">
        <div className="field filter-search">
          <label htmlFor={`${id}-search`} className="visually-hidden">
            Search the text
          </label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder="Search the text…"
            value={filter.text}
            onChange={(event) => set({ text: event.target.value })}
          />
        </div>
        <output className="filter-count" data-testid="filter-count" aria-live="polite">
          {active ? `${matched} of ${articles(total)}` : articles(total)}
        </output>
        <button type="button" className="button-small" disabled={!active} onClick={() => onChange(NO_FILTER)}>
          Clear
        </button>
      </div>
      <div className="filter-row filter-criteria">
        <DomainPicker
          domains={tags.domains}
          selected={filter.domains}
          onChange={(domains) => set({ domains })}
        />
        <SelectField
          label="Trigger event"
          hideLabel
          value={filter.trigger ?? ANY}
          options={[{ value: ANY, label: 'Any trigger' }, ...TRIGGER_OPTIONS]}
          onChange={(trigger) => set({ trigger: trigger === ANY ? null : trigger })}
        />
        <SelectField
          label="Activation"
          hideLabel
          value={filter.activation ?? ANY}
          options={[{ value: ANY, label: 'Any activation' }, ...ACTIVATION_OPTIONS]}
          onChange={(activation) => set({ activation: activation === ANY ? null : activation })}
        />
        <SelectField
          label="Party with a commitment"
          hideLabel
          value={filter.party ?? ANY}
          options={[{ value: ANY, label: 'Any party' }, ...partyOptions(tags.parties)]}
          onChange={(party) => set({ party: party === ANY ? null : party })}
        />
      </div>
    </search>
  );
}
