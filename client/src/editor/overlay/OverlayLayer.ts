import type { EditorView } from '@tiptap/pm/view';
import type { OverlayPart } from './overlayParts.ts';

/** The controls of one article: a box laid over the article's own box, holding its parts in slot order. */
interface Item {
  element: HTMLDivElement;
  /** Each part's DOM by its key. */
  parts: Map<string, HTMLElement>;
  /** Classes the parts asked for. */
  itemClass: string;
  section: HTMLElement | null;
  /** The last position written, so an unchanged one is not written again. */
  placed: string;
}

/** Classes of an article that restyle its controls (its chips turn grey out of the filter). */
const MIRRORED = ['is-filtered-out'] as const;

/** The shown text's body: the tag line sits at its top, in the room its `has-tag-line` class leaves. */
const SHOWN_BODY = ':scope > .clause-text:not(.lang-hidden) > .clause-body';

function sameChildren(element: Element, children: readonly Element[]): boolean {
  if (element.childElementCount !== children.length) return false;
  return children.every((child, i) => element.children[i] === child);
}

/**
 * The layer beside the editable root that holds the articles' controls, so
 * that Chromium's work on every keystroke never includes them. Each article's
 * box is placed over the article from `offsetTop`/`offsetLeft`/`offsetWidth`,
 * read when an article or the root changes size (a ResizeObserver, which runs
 * once per frame after layout) or the set of controls changes (one animation
 * frame): a keystroke that does not wrap a line costs the layer nothing.
 */
export class OverlayLayer {
  readonly element = document.createElement('div');
  #items = new Map<string, Item>();
  #lists: readonly (readonly OverlayPart[])[] = [];
  #frame = 0;
  #hovered: Item | null = null;
  #layerPlaced = '';
  readonly #resized = new ResizeObserver(() => this.#place());

  constructor(private readonly view: EditorView) {
    this.element.className = 'clause-overlay';
    this.#attach();
    this.#resized.observe(view.dom);
    view.dom.addEventListener('mouseover', this.#hover);
    view.dom.addEventListener('mouseleave', this.#unhover);
  }

  /**
   * Beside the root, in its parent (positioned, so the layer scrolls with the
   * text): the editor's wrapper moves the root with its siblings when React mounts it.
   */
  #attach(): void {
    const root = this.view.dom;
    const host = root.parentElement;
    if (!host) return;
    if (!host.classList.contains('clause-overlay-host')) host.classList.add('clause-overlay-host');
    if (root.nextElementSibling !== this.element) root.after(this.element);
  }

  /** After every transaction: redraws when a plugin's parts changed, and mirrors the articles' classes. */
  update(lists: readonly (readonly OverlayPart[])[]): void {
    this.#attach();
    const changed = lists.length !== this.#lists.length || lists.some((list, i) => list !== this.#lists[i]);
    this.element.classList.toggle('side-by-side', this.view.dom.classList.contains('side-by-side'));
    if (changed) {
      this.#lists = lists;
      this.#draw(lists.flat());
      this.#schedule();
    }
    for (const item of this.#items.values()) this.#mirror(item);
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#resized.disconnect();
    this.view.dom.removeEventListener('mouseover', this.#hover);
    this.view.dom.removeEventListener('mouseleave', this.#unhover);
    this.element.remove();
  }

  #draw(parts: OverlayPart[]): void {
    parts.sort((a, b) => a.index - b.index || a.slot - b.slot);
    const groups = new Map<string, OverlayPart[]>();
    for (const part of parts) {
      const group = groups.get(part.clauseId);
      if (group) group.push(part);
      else groups.set(part.clauseId, [part]);
    }
    const sections = this.#sections();
    const next = new Map<string, Item>();
    let previous: Element | null = null;
    for (const [clauseId, group] of groups) {
      const item = this.#items.get(clauseId) ?? this.#create(clauseId);
      const children = group.map((part) => item.parts.get(part.key) ?? part.render());
      item.parts = new Map(group.map((part, i) => [part.key, children[i] as HTMLElement]));
      if (!sameChildren(item.element, children)) item.element.replaceChildren(...children);
      const itemClass = group
        .map((part) => part.itemClass)
        .filter(Boolean)
        .join(' ');
      if (itemClass !== item.itemClass) {
        for (const name of item.itemClass.split(' ').filter(Boolean)) item.element.classList.remove(name);
        for (const name of itemClass.split(' ').filter(Boolean)) item.element.classList.add(name);
        item.itemClass = itemClass;
      }
      this.#observe(item, sections.get(clauseId) ?? null);
      const expected: Element | null = previous
        ? previous.nextElementSibling
        : this.element.firstElementChild;
      if (expected !== item.element) {
        if (previous) previous.after(item.element);
        else this.element.prepend(item.element);
      }
      previous = item.element;
      next.set(clauseId, item);
    }
    for (const [clauseId, item] of this.#items) {
      if (next.has(clauseId)) continue;
      item.element.remove();
      if (item.section) this.#resized.unobserve(item.section);
      if (this.#hovered === item) this.#hovered = null;
    }
    this.#items = next;
  }

  #create(clauseId: string): Item {
    const element = document.createElement('div');
    element.className = 'clause-overlay-item';
    element.dataset.clauseId = clauseId;
    return { element, parts: new Map(), itemClass: '', section: null, placed: '' };
  }

  /** The articles' sections by id: one pass over the root's children, no layout. */
  #sections(): Map<string, HTMLElement> {
    const sections = new Map<string, HTMLElement>();
    for (const child of this.view.dom.children) {
      const id = (child as HTMLElement).dataset.clauseId;
      if (id && child.classList.contains('clause')) sections.set(id, child as HTMLElement);
    }
    return sections;
  }

  #observe(item: Item, section: HTMLElement | null): void {
    if (item.section === section) return;
    if (item.section) this.#resized.unobserve(item.section);
    item.section = section;
    if (section) this.#resized.observe(section);
  }

  #mirror(item: Item): void {
    const { section } = item;
    if (!section) return;
    for (const name of MIRRORED) {
      const on = section.classList.contains(name);
      if (item.element.classList.contains(name) !== on) item.element.classList.toggle(name, on);
    }
  }

  #schedule(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  }

  /** Reads every box first, then writes: one layout at most. */
  #place(): void {
    const root = this.view.dom;
    if (this.view.isDestroyed) return;
    this.#attach();
    // ProseMirror redraws an article's section now and then (a node decoration's class, say).
    let sections: Map<string, HTMLElement> | null = null;
    for (const [clauseId, item] of this.#items) {
      if (item.section?.isConnected) continue;
      sections ??= this.#sections();
      this.#observe(item, sections.get(clauseId) ?? null);
      this.#mirror(item);
    }
    const layer = `top:${root.offsetTop}px;left:${root.offsetLeft}px`;
    const places: [Item, string][] = [];
    for (const item of this.#items.values()) {
      const section = item.section;
      if (!section) continue;
      const body = section.querySelector<HTMLElement>(SHOWN_BODY);
      places.push([
        item,
        `top:${section.offsetTop}px;left:${section.offsetLeft}px;width:${section.offsetWidth}px;--body-top:${body?.offsetTop ?? 0}px`,
      ]);
    }
    if (this.#layerPlaced !== layer) {
      this.#layerPlaced = layer;
      this.element.style.cssText = layer;
    }
    for (const [item, place] of places) {
      if (item.placed === place) continue;
      item.placed = place;
      item.element.style.cssText = place;
    }
  }

  #hover = (event: MouseEvent): void => {
    const section = (event.target as Element | null)?.closest?.('section.clause') as HTMLElement | null;
    const item = section?.dataset.clauseId ? (this.#items.get(section.dataset.clauseId) ?? null) : null;
    if (item === this.#hovered) return;
    this.#hovered?.element.classList.remove('is-hovered');
    item?.element.classList.add('is-hovered');
    this.#hovered = item;
  };

  #unhover = (): void => {
    this.#hovered?.element.classList.remove('is-hovered');
    this.#hovered = null;
  };
}
