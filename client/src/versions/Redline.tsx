import type { DiffSegment } from '@pactum/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RedlineProps {
  segments: readonly DiffSegment[];
  /** Inline shows both; `before` and `after` show one side, marking what the other lacks. */
  side?: 'inline' | 'before' | 'after';
  className?: string;
  /** `span` inside a line of text, e.g. a heading. */
  as?: 'div' | 'span';
}

/** Text with its paragraph breaks ("\n" between blocks) drawn as a gap, as on the page. */
function paragraphs(text: string): ReactNode {
  const parts = text.split('\n');
  return parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string, in order.
    <span key={index}>
      {index > 0 && <span className="redline-break">{'\n'}</span>}
      {part}
    </span>
  ));
}

/** Word-level changes as `<ins>` and `<del>`, with their meaning spelled out for screen readers. */
export function Redline({ segments, side = 'inline', className = 'redline', as: Tag = 'div' }: RedlineProps) {
  const { t } = useTranslation('versions');
  return (
    <Tag className={className}>
      {segments.map((segment, index) => {
        const key = `${index}-${segment.op}`;
        if (segment.op === 'equal') return <span key={key}>{paragraphs(segment.text)}</span>;
        if (segment.op === 'insert')
          return side === 'before' ? null : (
            <ins key={key}>
              <span className="visually-hidden">{t('clause.inserted')}</span>
              {paragraphs(segment.text)}
              <span className="visually-hidden">{t('clause.markEnd')}</span>
            </ins>
          );
        return side === 'after' ? null : (
          <del key={key}>
            <span className="visually-hidden">{t('clause.deleted')}</span>
            {paragraphs(segment.text)}
            <span className="visually-hidden">{t('clause.markEnd')}</span>
          </del>
        );
      })}
    </Tag>
  );
}
