import { i18next } from '../i18n/i18n.ts';

/**
 * A remote cursor with a "Name · Delegation" label, and the language of the text it is in
 * (" · uk", read from its place by caretAwareness); the colour arrives already validated.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = String(user.color);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  const who = [user.name, user.delegation, user.lang].filter(
    (part) => typeof part === 'string' && part !== '',
  );
  label.textContent = who.join(' · ');
  caret.append(label);
  // Inside the text: read as one named thing, not as words of the article.
  caret.setAttribute('role', 'img');
  caret.setAttribute('aria-label', i18next.t('a11y:names.caret', { who: who.join(' · ') }));
  return caret;
}
