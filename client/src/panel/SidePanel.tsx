import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface SidePanelProps {
  kicker: string;
  title: string;
  onClose: () => void;
  /** The panel takes focus again whenever this changes (another clause's tags, the parties). */
  focusKey: string;
  children: ReactNode;
}

/** The panel beside the text; it takes focus when it opens so that keyboard users land in it. Escape closes it. */
export function SidePanel({ kicker, title, onClose, focusKey, children }: SidePanelProps) {
  const { t } = useTranslation('panel');
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, not an input.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="side-panel" aria-labelledby={id} onKeyDown={onKeyDown}>
      <header className="side-panel-header">
        <div className="side-panel-titles">
          <p className="side-panel-kicker">{kicker}</p>
          <h2 id={id} ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('close')}
          title={t('closeTitle')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  );
}
