import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguageTitle, languageLabel } from './languageLabel.ts';

/**
 * The names of the two columns of the side-by-side text, kept above them while scrolling: each
 * named in itself, and in the interface language too when that is another language.
 */
export function SideBySideHeader({ langs }: { langs: readonly [string, string] }) {
  const { i18n } = useTranslation('editor');
  const header = useRef<HTMLDivElement>(null);
  // Stuck right under the sticky editor bar, whose height changes as its rows wrap.
  useLayoutEffect(() => {
    const bar = document.querySelector<HTMLElement>('.editor-bar');
    const own = header.current;
    if (!bar || !own) return;
    const place = () => {
      const stuckAt = Number.parseFloat(getComputedStyle(bar).top) || 0;
      own.style.setProperty('--editor-bar-bottom', `${stuckAt + bar.offsetHeight}px`);
    };
    const observer = new ResizeObserver(place);
    observer.observe(bar);
    place();
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={header} className="side-by-side-header" data-testid="side-by-side-header">
      {langs.map((code) => (
        <div key={code} className="side-by-side-column" lang={code}>
          {languageLabel(code)}
          {code !== i18n.language && (
            <span className="side-by-side-english" lang={i18n.language}>
              {interfaceLanguageTitle(code)}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
