import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/treatyApi.ts';
import { i18next } from '../i18n/i18n.ts';
import frenchErrors from '../i18n/locales/fr/errors.json';
import ukrainianErrors from '../i18n/locales/uk/errors.json';
import { errorMessage } from './errorMessage.ts';

const refusal = (status: number, code?: string, params?: Record<string, string | number>) =>
  new ApiRequestError('an English message nobody should read', status, code, params);

beforeAll(() => {
  i18next.addResourceBundle('uk', 'errors', ukrainianErrors);
  i18next.addResourceBundle('fr', 'errors', frenchErrors);
});

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('errorMessage', () => {
  it("words a code with its params, never the server's message", () => {
    expect(errorMessage(refusal(409, 'chair_cannot_revoke_self'))).toBe(
      'A chair cannot revoke their own membership.',
    );
    expect(errorMessage(refusal(404, 'not_signed', { delegation: 'UA' }))).toBe(
      'UA has not signed off this article.',
    );
    expect(errorMessage(refusal(409, 'option_already_adopted', { option: 'B' }))).toBe(
      'Option B has already been adopted.',
    );
  });

  it('names languages and lists them in the interface language, with the plural they need', () => {
    expect(errorMessage(refusal(409, 'last_language', { language: 'uk' }))).toBe(
      'A treaty needs at least one language: add another before removing Ukrainian.',
    );
    expect(errorMessage(refusal(409, 'texts_changed_since_read', { languages: 'en', count: 1 }))).toBe(
      'The English text of this article changed after you read it: read it again before confirming concordance.',
    );
    expect(errorMessage(refusal(409, 'texts_changed_since_read', { languages: 'en,fr', count: 2 }))).toBe(
      'The English and French texts of this article changed after you read them: read them again before confirming concordance.',
    );
    expect(errorMessage(refusal(404, 'language_not_in_treaty', { language: 'de', languages: 'en,uk' }))).toBe(
      'There is no text in German (the languages of the treaty: English and Ukrainian).',
    );
  });

  it('words a role refusal by the action refused, and a bad request by its first invalid field', () => {
    expect(errorMessage(refusal(403, 'role_forbids', { role: 'drafter', action: 'manage' }))).toBe(
      'Only the chair may manage the treaty (invites, members, options, versions).',
    );
    expect(errorMessage(refusal(403, 'role_forbids', { role: 'observer', action: 'something new' }))).toBe(
      'Your role does not allow this.',
    );
    expect(errorMessage(refusal(400, 'bad_request', { field: 'title' }))).toBe('The title is not valid.');
    expect(errorMessage(refusal(400, 'bad_request', { field: 'paragraphs.0' }))).toBe(
      'The wording of the option is not valid.',
    );
    expect(errorMessage(refusal(400, 'bad_request', { field: 'somethingElse' }))).toBe(
      'The server did not accept this request: something in it is not valid.',
    );
  });

  it('says how long to wait after too many attempts', () => {
    expect(errorMessage(refusal(429, 'too_many_requests', { count: 30 }))).toBe(
      'Too many attempts. Wait 30 seconds and try again.',
    );
    expect(errorMessage(refusal(429, 'too_many_requests'))).toBe(
      'Too many attempts. Wait a moment and try again.',
    );
  });

  it('falls back to the status for a code it does not know, and says when the server cannot be reached', () => {
    expect(errorMessage(refusal(409, 'a_code_from_a_newer_server', { delegation: 'UA' }))).toBe(
      'The server answered 409. Try again.',
    );
    expect(errorMessage(refusal(500))).toBe('The server answered 500. Try again.');
    expect(errorMessage(refusal(0))).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
    expect(errorMessage(new Error('boom'))).toBe('Something went wrong. Try again.');
  });

  it('reads in Ukrainian', async () => {
    await i18next.changeLanguage('uk');
    expect(errorMessage(refusal(404, 'no_bracket_held', { delegation: 'PL' }))).toBe(
      'Делегація PL не брала цієї статті в квадратні дужки.',
    );
    expect(errorMessage(refusal(409, 'last_language', { language: 'en' }))).toBe(
      'Договір повинен мати принаймні одну мову: додайте іншу, перш ніж вилучати цю (англійська).',
    );
    expect(errorMessage(refusal(409, 'too_many_languages', { count: 24 }))).toBe(
      'Договір може мати щонайбільше 24 мови.',
    );
    expect(errorMessage(refusal(410, 'invite_expired'))).toBe(
      'Строк дії цього посилання-запрошення минув. Попросіть голову надіслати нове.',
    );
    expect(errorMessage(refusal(409, 'a_code_from_a_newer_server'))).toBe(
      'Сервер відповів кодом 409. Спробуйте ще раз.',
    );
  });

  it('reads in French', async () => {
    await i18next.changeLanguage('fr');
    expect(errorMessage(refusal(403, 'not_a_party', { delegation: 'SEC' }))).toBe(
      'La délégation SEC n’est pas Partie à ce traité : seules les délégations des Parties paraphent les articles et confirment la concordance.',
    );
    expect(errorMessage(refusal(409, 'texts_changed_since_read', { languages: 'en,uk', count: 2 }))).toBe(
      'Les textes anglais et ukrainien de cet article ont changé depuis que vous les avez lus : relisez-les avant de confirmer la concordance.',
    );
    expect(errorMessage(refusal(409, 'language_exists', { language: 'uk' }))).toBe(
      'Le traité a déjà un texte en ukrainien.',
    );
    expect(errorMessage(refusal(404, 'a_code_from_a_newer_server'))).toBe(
      'Le serveur a répondu 404. Veuillez réessayer.',
    );
  });
});
