import type { DiffSegment } from '@pactum/shared';
import { i18next } from '../../i18n/i18n.ts';
import { errorMessage } from '../../lib/errorMessage.ts';
import { interfaceLanguageTitle } from '../languageLabel.ts';
import type { LanguageChange } from './concordanceChanges.ts';
import type { ConcordanceView } from './concordanceView.ts';

export interface ConcordanceActions {
  /** "Article 7", for labels. */
  label: string;
  /** What changed since the confirmation, read when the reader opens it. */
  changes: () => LanguageChange[];
  /** Calls back when the texts may have changed (while the change is open, it is read again); returns the unsubscribe. */
  watch: (onChange: () => void) => () => void;
  /** Confirms the article's texts concordant; rejects with the failed call's error. */
  confirm: () => Promise<void>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function badge(view: ConcordanceView): HTMLElement {
  const node = element('span', 'concordance-badge', view.short);
  node.dataset.status = view.status;
  node.dataset.testid = 'concordance-status';
  return node;
}

/** Word-level changes as `<ins>`/`<del>`, their meaning spelled out for screen readers (as Redline does). */
function redline(segments: readonly DiffSegment[], className: string): HTMLElement {
  const line = element('div', `redline ${className}`);
  for (const { op, text } of segments) {
    if (op === 'equal') {
      line.append(text);
      continue;
    }
    const change = element(op === 'insert' ? 'ins' : 'del', '');
    change.append(
      element(
        'span',
        'visually-hidden',
        i18next.t(op === 'insert' ? 'editor:concordance.inserted' : 'editor:concordance.deleted'),
      ),
      text,
      element('span', 'visually-hidden', i18next.t('editor:concordance.changeEnd')),
    );
    line.append(change);
  }
  return line;
}

function changesList(changes: readonly LanguageChange[]): HTMLElement {
  const list = element('div', 'concordance-diff');
  for (const { lang, heading, text } of changes) {
    const block = element('section', 'concordance-diff-language');
    block.lang = lang;
    block.append(
      element(
        'h3',
        'concordance-diff-name',
        i18next.t('editor:concordance.sinceConfirmation', { language: interfaceLanguageTitle(lang) }),
      ),
    );
    if (heading) block.append(redline(heading.segments, 'concordance-diff-heading'));
    block.append(redline(text.segments, 'concordance-diff-text'));
    list.append(block);
  }
  return list;
}

const stopWatching = new WeakMap<HTMLElement, () => void>();

/** Stops following the texts of a strip taken out of the document (a widget's `destroy`). */
export function releaseConcordance(node: Node): void {
  if (node instanceof HTMLElement) stopWatching.get(node)?.();
}

/** The badge alone: the single-language text's hint that the languages of an article stand apart. */
export function renderConcordanceBadge(view: ConcordanceView): HTMLElement {
  const node = badge(view);
  node.classList.add('is-compact');
  node.title = i18next.t('editor:concordance.badgeTitle', { detail: view.detail });
  return node;
}

/**
 * Beside an article shown side by side: the status, what stands, the
 * change since the confirmation on demand, and the confirmation itself for
 * whoever may give it (reached with Tab like any button).
 */
export function renderConcordance(view: ConcordanceView, actions: ConcordanceActions): HTMLElement {
  const strip = element('div', 'concordance');
  strip.dataset.status = view.status;
  strip.dataset.testid = 'concordance';
  strip.setAttribute('role', 'group');
  strip.setAttribute('aria-label', i18next.t('editor:concordance.stripLabel', { article: actions.label }));
  strip.append(badge(view), element('span', 'concordance-detail', view.detail));
  if (view.changed.length > 0) {
    const details = element('details', 'concordance-changes');
    const summary = element('summary', '', i18next.t('editor:concordance.showChange'));
    details.append(summary);
    let unwatch: (() => void) | null = null;
    const draw = () => {
      details.querySelector('.concordance-diff')?.remove();
      if (details.open) details.append(changesList(actions.changes()));
    };
    details.addEventListener('toggle', () => {
      draw();
      unwatch?.();
      unwatch = details.open ? actions.watch(draw) : null;
    });
    stopWatching.set(strip, () => unwatch?.());
    strip.append(details);
  }
  if (view.confirmable) {
    const button = element('button', 'concordance-confirm', i18next.t('editor:concordance.confirm'));
    button.type = 'button';
    button.setAttribute(
      'aria-label',
      i18next.t('editor:concordance.confirmLabel', { article: actions.label }),
    );
    const error = element('span', 'concordance-error');
    error.setAttribute('role', 'alert');
    button.addEventListener('click', () => {
      button.disabled = true;
      error.textContent = '';
      actions.confirm().then(
        () => {
          button.disabled = false;
        },
        (reason: unknown) => {
          button.disabled = false;
          error.textContent = errorMessage(reason);
        },
      );
    });
    strip.append(button, error);
  }
  return strip;
}
