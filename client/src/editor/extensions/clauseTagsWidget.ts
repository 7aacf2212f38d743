import type { ClauseTagsJSON, Domain } from '@pactum/shared';
import { i18next } from '../../i18n/i18n.ts';
import { TRIGGER_ICON, thresholdBadgeText, thresholdDescription } from '../../tags/thresholdText.ts';
import { domainLabel } from '../../tags/vocabularyText.ts';
import { shortcutLabel } from '../shortcutLabel.ts';
import { interfaceLanguage } from './interfaceLanguageRefresh.ts';

export const TAGS_SHORTCUT = 'Mod-Alt-g';

/** What the margin of one clause shows; `key` changes exactly when the drawing would. */
export interface ClauseTagsView {
  key: string;
  /** The interface language it is worded in. */
  language: string;
  chips: Array<{ label: string; color: string }>;
  badge: { text: string; description: string; discretionary: boolean } | null;
}

// readTreatyTags returns new objects on every read, so a cached view never outlives its domain list;
// it is worded again when the interface language changed.
const views = new WeakMap<ClauseTagsJSON, ClauseTagsView>();

export function clauseTagsView(tags: ClauseTagsJSON, domains: readonly Domain[]): ClauseTagsView {
  const language = interfaceLanguage();
  let view = views.get(tags);
  if (view?.language !== language) {
    const chips = tags.domains.map((key) => {
      const domain = domains.find((d) => d.key === key);
      return { label: domain ? domainLabel(domain) : key, color: domain?.color ?? '#5b5b5b' };
    });
    const { threshold } = tags;
    const badge = threshold && {
      text: thresholdBadgeText(threshold),
      description: thresholdDescription(threshold),
      discretionary: threshold.activation === 'discretionary',
    };
    view = { key: JSON.stringify([chips, badge, language]), language, chips, badge };
    views.set(tags, view);
  }
  return view;
}

function tagsButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'clause-tags-button';
  button.textContent = i18next.t('editor:clauseTags.button');
  button.setAttribute('aria-label', i18next.t('editor:clauseTags.buttonLabel'));
  button.title = i18next.t('editor:clauseTags.buttonTitle', { shortcut: shortcutLabel(TAGS_SHORTCUT) });
  return button;
}

function tagLine(view: ClauseTagsView): HTMLElement {
  const line = document.createElement('span');
  line.className = 'clause-tags-line';
  line.setAttribute('role', 'list');
  line.setAttribute('aria-label', i18next.t('a11y:names.tags'));
  if (view.badge) {
    const badge = document.createElement('span');
    badge.className = view.badge.discretionary ? 'trigger-badge is-discretionary' : 'trigger-badge';
    badge.dataset.testid = 'trigger-badge';
    badge.setAttribute('role', 'listitem');
    badge.title = view.badge.description;
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = `${TRIGGER_ICON} `;
    badge.append(icon, view.badge.text);
    line.append(badge);
  }
  for (const chip of view.chips) {
    const element = document.createElement('span');
    element.className = 'domain-chip';
    element.setAttribute('role', 'listitem');
    element.style.setProperty('--domain-color', chip.color);
    element.textContent = chip.label;
    line.append(element);
  }
  return line;
}

/**
 * The DOM of a clause's tag line, drawn in the layer beside the text
 * (ClauseOverlay.ts): plain DOM, reused while its key is unchanged. It takes
 * no room itself (its parts are positioned over the article): the room
 * under the heading comes with the `has-tag-line` class of the clause's body, so drawing it
 * near the screen only (ClauseWindow.ts) never moves the text.
 */
export function renderClauseTags(view: ClauseTagsView, open: () => void): HTMLElement {
  const root = document.createElement('div');
  root.className = 'clause-tags';
  root.dataset.testid = 'clause-tags';
  // Drawn over an article's text, which may be in another language: the tags are in the interface language.
  root.lang = view.language;
  const tagged = view.chips.length > 0 || view.badge !== null;
  root.append(tagsButton());
  if (tagged) {
    root.classList.add('has-tags');
    root.title = [view.badge?.description, view.chips.map((chip) => chip.label).join(', ')]
      .filter(Boolean)
      .join('\n');
    root.append(tagLine(view));
  }
  root.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  return root;
}
