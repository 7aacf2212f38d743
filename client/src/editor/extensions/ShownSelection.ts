import { LANGUAGE_TEXT_NODES } from '@pactum/shared';
import { Fragment, type Node as ProseMirrorNode, type ResolvedPos, Slice } from '@tiptap/pm/model';
import { Selection, SelectionRange, TextSelection } from '@tiptap/pm/state';
import { shownTexts } from '../shownText.ts';

/**
 * A text selection that spans hidden language texts but acts only on the
 * shown ones: its `ranges` are the parts of the shown texts between its
 * ends, one per text. It stays a TextSelection, drawn by the browser from
 * anchor to head (hidden texts are not displayed, so what is highlighted
 * is exactly what the ranges hold) and extended with Shift+arrows as usual.
 *
 * Why a selection and not a rewrite of transactions: everything that edits
 * "the selection" in ProseMirror and Tiptap goes through `ranges` —
 * deleteSelection, replaceSelection (typing, paste, cut), replaceSelectionWith,
 * addMark/removeMark in toggleBold and the like — as it does for table cells.
 * So every command works on the shown texts with no knowledge of languages,
 * and no step is ever built that a guard would have to refuse or split after
 * the fact (a split edit could not say what a paste over three articles means).
 * Each range stays inside one language text, which is `isolating` (the title's
 * is a single text block), so deleting it can never widen to the text itself.
 */
export class ShownSelection extends TextSelection {
  constructor($anchor: ResolvedPos, $head: ResolvedPos, ranges: readonly SelectionRange[]) {
    super($anchor, $head);
    (this as { ranges: readonly SelectionRange[] }).ranges = ranges;
  }

  /** The shown text only, block by block (headings as paragraphs): hidden texts are not copied. */
  override content(): Slice {
    const { doc } = this.$from;
    const { paragraph } = doc.type.schema.nodes;
    if (!paragraph) return super.content();
    const blocks: ProseMirrorNode[] = [];
    for (const { $from, $to } of this.ranges) {
      doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
        if (!node.isTextblock) return true;
        const start = Math.max($from.pos, pos + 1) - pos - 1;
        const end = Math.min($to.pos, pos + node.nodeSize - 1) - pos - 1;
        const inline = node.content.cut(start, end);
        blocks.push(
          node.type === paragraph ? node.copy(inline) : paragraph.create(null, inline.size ? inline : null),
        );
        return false;
      });
    }
    return blocks.length > 0 ? new Slice(Fragment.from(blocks), 1, 1) : Slice.empty;
  }

  /**
   * The selection from `anchor` to `head` limited to the shown texts in
   * `langs`, or null when a plain selection does as well: it touches no
   * hidden text and, in a treaty of one language, crosses from text to text
   * only as articles do (side by side, a selection across both texts of an
   * article would otherwise join them into one), or it holds no shown text at all.
   */
  static limit(
    doc: ProseMirrorNode,
    anchor: number,
    head: number,
    langs: readonly string[],
  ): Selection | null {
    const from = Math.min(anchor, head);
    const to = Math.max(anchor, head);
    const ranges: SelectionRange[] = [];
    let hidden = false;
    let multilingual = false;
    doc.nodesBetween(from, to, (parent, parentPos, container) => {
      if (container !== doc) return false;
      let texts = 0;
      parent.forEach((text) => {
        if (LANGUAGE_TEXT_NODES.has(text.type.name)) texts++;
      });
      multilingual ||= texts > 1;
      const shown = new Set(shownTexts(parent, langs).map((text) => text.index));
      parent.forEach((text, offset, index) => {
        const pos = parentPos + 1 + offset;
        if (!LANGUAGE_TEXT_NODES.has(text.type.name) || pos >= to || pos + text.nodeSize <= from) return;
        if (!shown.has(index)) {
          hidden = true;
          return;
        }
        const first = Selection.findFrom(doc.resolve(pos + 1), 1, true);
        const last = Selection.findFrom(doc.resolve(pos + text.nodeSize - 1), -1, true);
        if (!first || !last) return;
        const start = Math.max(from, first.from);
        const end = Math.min(to, last.to);
        if (start < end) ranges.push(new SelectionRange(doc.resolve(start), doc.resolve(end)));
      });
      return false;
    });
    const [firstRange] = ranges;
    const lastRange = ranges[ranges.length - 1];
    if (!(hidden || (multilingual && ranges.length > 1)) || !firstRange || !lastRange) return null;
    const $start = firstRange.$from;
    const $end = lastRange.$to;
    return anchor <= head
      ? new ShownSelection($start, $end, ranges)
      : new ShownSelection($end, $start, ranges);
  }
}
