import { englishLanguageName, languageLabel } from './languageLabel.ts';

/** The names of the two columns of the side-by-side text, kept above them while scrolling. */
export function SideBySideHeader({ langs }: { langs: readonly [string, string] }) {
  return (
    <div className="side-by-side-header" data-testid="side-by-side-header">
      {langs.map((code) => (
        <div key={code} className="side-by-side-column" lang={code}>
          {languageLabel(code)}
          {code !== 'en' && (
            <span className="side-by-side-english" lang="en">
              {englishLanguageName(code)}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
