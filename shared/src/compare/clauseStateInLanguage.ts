import type { ClauseState } from '../clauseState.ts';
import { DEFAULT_LANGUAGES } from '../languages/languagesLayout.ts';
import type { ClauseLanguageText } from '../treatyModel.ts';

const EMPTY: ClauseLanguageText = { heading: '', text: '', body: [] };

/** A clause state with `heading`, `text` and `body` in `lang`. */
export type ClauseStateIn = ClauseState & { lang: string };

/**
 * A recorded clause state read in `lang`: its heading and text there (empty
 * where it had none). Its `texts` are every language it had (one recorded
 * before language versions gets its English there), and `lang` says which
 * one `heading` and `text` are, so restoring it puts each text back in its
 * own language.
 */
export function clauseStateInLanguage(state: ClauseState & { lang?: string }, lang: string): ClauseStateIn {
  const texts = state.texts ?? {
    [state.lang ?? (DEFAULT_LANGUAGES[0] as string)]: {
      heading: state.heading,
      text: state.text,
      body: state.body,
    },
  };
  return { ...state, ...(texts[lang] ?? EMPTY), texts, lang };
}
