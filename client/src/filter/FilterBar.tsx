import { type Editor, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('editor', { keyPrefix: 'filter' });
  const tags = useTreatyTags(store);
  const { matched, total } = useEditorState({ editor, selector: ({ editor }) => filterCount(editor.state) });
  const active = isFilterActive(filter);
  const id = useId();
  const set = (patch: Partial<ClauseFilter>) => onChange({ ...filter, ...patch });

  return (
    <search className="filter-bar" aria-label={t('label')}>
      <div className="filter-row">
        <div className="field filter-search">
          <label htmlFor={`${id}-search`} className="visually-hidden">
            {t('search')}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder={t('searchPlaceholder')}
            value={filter.text}
            onChange={(event) => set({ text: event.target.value })}
          />
        </div>
        <output className="filter-count" data-testid="filter-count" aria-live="polite">
          {active ? t('matched', { matched, count: total }) : t('articles', { count: total })}
        </output>
        <button type="button" className="button-small" disabled={!active} onClick={() => onChange(NO_FILTER)}>
          {t('clear')}
        </button>
      </div>
      <div className="filter-row filter-criteria">
        <DomainPicker
          domains={tags.domains}
          selected={filter.domains}
          onChange={(domains) => set({ domains })}
        />
        <SelectField
          label={t('trigger')}
          hideLabel
          value={filter.trigger ?? ANY}
          options={[{ value: ANY, label: t('anyTrigger') }, ...TRIGGER_OPTIONS]}
          onChange={(trigger) => set({ trigger: trigger === ANY ? null : trigger })}
        />
        <SelectField
          label={t('activation')}
          hideLabel
          value={filter.activation ?? ANY}
          options={[{ value: ANY, label: t('anyActivation') }, ...ACTIVATION_OPTIONS]}
          onChange={(activation) => set({ activation: activation === ANY ? null : activation })}
        />
        <SelectField
          label={t('party')}
          hideLabel
          value={filter.party ?? ANY}
          options={[{ value: ANY, label: t('anyParty') }, ...partyOptions(tags.parties)]}
          onChange={(party) => set({ party: party === ANY ? null : party })}
        />
      </div>
    </search>
  );
}
