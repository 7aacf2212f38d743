import { clauseLabel } from '@pactum/shared';

interface ArticleLinkProps {
  number: number;
  clauseId: string;
  onGoTo: (clauseId: string) => void;
  /** "Art. 3" where space is short. */
  short?: boolean;
}

/** An article number that takes you to the article in the text. */
export function ArticleLink({ number, clauseId, onGoTo, short }: ArticleLinkProps) {
  return (
    <button
      type="button"
      className="article-link"
      title={`Show ${clauseLabel(number)} in the text`}
      onClick={() => onGoTo(clauseId)}
    >
      {short ? `Art. ${number}` : clauseLabel(number)}
    </button>
  );
}
