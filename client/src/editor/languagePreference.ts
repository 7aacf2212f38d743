import { isLanguageCode } from '@pactum/shared';

/** Which language a reader shows a treaty in, and which beside it; kept per treaty in this browser. */
export interface LanguagePreference {
  lang: string | null;
  second: string | null;
  sideBySide: boolean;
}

const NONE: LanguagePreference = { lang: null, second: null, sideBySide: false };
const storageKey = (treatyId: string) => `pactum:languages:${treatyId}`;

/** The stored preference, anything malformed (another version, a hand edit) read as none. */
export function readLanguagePreference(treatyId: string): LanguagePreference {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(treatyId)) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return NONE;
    const { lang, second, sideBySide } = stored as Record<string, unknown>;
    return {
      lang: isLanguageCode(lang) ? lang : null,
      second: isLanguageCode(second) ? second : null,
      sideBySide: sideBySide === true,
    };
  } catch {
    return NONE;
  }
}

export function writeLanguagePreference(treatyId: string, preference: LanguagePreference): void {
  try {
    localStorage.setItem(storageKey(treatyId), JSON.stringify(preference));
  } catch {
    // Storage full or refused (private mode): the choice lasts for this visit only.
  }
}
