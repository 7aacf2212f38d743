import { useTranslation } from 'react-i18next';

interface ArticleLinkProps {
  number: number;
  clauseId: string;
  onGoTo: (clauseId: string) => void;
  /** "Art. 3" where space is short. */
  short?: boolean;
}

/** An article number that takes you to the article in the text. */
export function ArticleLink({ number, clauseId, onGoTo, short }: ArticleLinkProps) {
  const { t } = useTranslation('views');
  return (
    <button
      type="button"
      className="article-link"
      title={t('article.show', { number })}
      onClick={() => onGoTo(clauseId)}
    >
      {short ? t('article.short', { number }) : t('article.label', { number })}
    </button>
  );
}
