import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { usePresence } from '../collab/usePresence.ts';
import { interfaceLanguageName } from './languageLabel.ts';
import { useCaretLanguages } from './useCaretLanguages.ts';

/**
 * The other people in the treaty right now, with the language of the text
 * each is in when the treaty has several; you are shown at the end of the header.
 */
export function Presence({ awareness, doc }: { awareness: Awareness; doc: Y.Doc }) {
  const { t } = useTranslation('editor');
  const others = usePresence(awareness).filter((user) => !user.isSelf);
  const languages = useCaretLanguages(awareness, doc);
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.label')}>
      {others.map((user) => {
        const lang = languages.get(user.clientId);
        return (
          <li key={user.clientId} className="presence-user" data-testid="presence-user">
            <span className="color-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
            <span className="presence-name">{user.name}</span>
            <span className="presence-delegation">{user.delegation}</span>
            {lang && (
              <span
                className="presence-language"
                data-testid="presence-language"
                title={t('presence.inText', { language: interfaceLanguageName(lang) })}
              >
                <span className="visually-hidden">
                  {t('presence.inTextHidden', { language: interfaceLanguageName(lang) })}
                </span>
                {lang}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
