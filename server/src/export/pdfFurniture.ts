import { type Doc, MARGIN, MUTED } from './pdfText.ts';

/** What every page carries: the header (from the second page), the stamp line and "Page n of N". */
export interface PageFurniture {
  header: string;
  stamp: string;
  page: (page: number, pages: number) => string;
}

/** Header and footer on every page, once all pages exist. */
export function writePageFurniture(doc: Doc, furniture: PageFurniture) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { width, height } = doc.page;
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise open a new page.
    doc.page.margins.bottom = 0;
    doc.font('sans').fontSize(8).fillColor(MUTED);
    const line = { width: width - 2 * MARGIN, lineBreak: false };
    if (index > start) doc.text(furniture.header, MARGIN, 36, { ...line, align: 'center', ellipsis: true });
    doc.text(furniture.stamp, MARGIN, height - 48, { ...line, align: 'left', ellipsis: true });
    doc.text(furniture.page(index - start + 1, count), MARGIN, height - 36, { ...line, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
}
