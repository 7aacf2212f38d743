import type { TagChange } from '@pactum/shared';
import { useTranslation } from 'react-i18next';
import { tagChangeText } from './comparisonWording.ts';

interface TagChangeListProps {
  changes: readonly TagChange[];
  domainLabel: (key: string) => string;
}

export function TagChangeList({ changes, domainLabel }: TagChangeListProps) {
  const { t } = useTranslation('versions');
  return (
    <div className="tag-changes">
      <h4>{t('clause.tags')}</h4>
      <ul>
        {changes.map((change, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two changes can read the same.
            key={index}
            className={change.from === null ? 'is-added' : change.to === null ? 'is-removed' : undefined}
          >
            {tagChangeText(change, domainLabel)}
          </li>
        ))}
      </ul>
    </div>
  );
}
