import { i18next } from '../i18n/i18n.ts';

const caretName = (who: string) => i18next.t('a11y:names.caret', { who });

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
  caret.setAttribute('aria-label', caretName(who.join(' · ')));
  return caret;
}

/**
 * Names the remote carets drawn in `root` anew in the interface language: the
 * caret plugin keeps a caret's DOM (keyed by client) for as long as it is there.
 */
export function renameCarets(root: ParentNode): void {
  for (const caret of root.querySelectorAll<HTMLElement>('.collaboration-carets__caret')) {
    const who = caret.querySelector('.collaboration-carets__label')?.textContent ?? '';
    caret.setAttribute('aria-label', caretName(who));
  }
}
