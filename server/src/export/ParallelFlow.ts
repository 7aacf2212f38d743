import type { Doc } from './pdfText.ts';

/** A place in the buffered pages: page index and height. */
interface Place {
  page: number;
  y: number;
}

const later = (a: Place, b: Place): Place => (b.page > a.page || (b.page === a.page && b.y > a.y) ? b : a);

/**
 * Text in rows of columns that each flow over the same pages: every column
 * of a row starts at the same place, a column that runs past the bottom of a
 * page continues on the next page (the one another column already opened,
 * else a new one), and the next row starts below the longest column. pdfkit
 * opens a page whenever text overflows; here an overflow moves to the next
 * existing page instead.
 */
export class ParallelFlow {
  #page: number;

  constructor(private readonly doc: Doc) {
    this.#page = this.#lastPage();
    doc.on('pageAdded', () => {
      this.#page = this.#lastPage();
    });
    const addPage = doc.continueOnNewPage.bind(doc);
    doc.continueOnNewPage = (options) => {
      if (this.#page < this.#lastPage()) {
        this.#goTo({ page: this.#page + 1, y: doc.page.margins.top });
        return doc;
      }
      return addPage(options);
    };
  }

  /** Writes each column from the same place; the flow then continues below the longest one. */
  row(...columns: Array<() => void>): void {
    const start = this.#place();
    let end = start;
    for (const write of columns) {
      this.#goTo(start);
      write();
      end = later(end, this.#place());
    }
    this.#goTo(end);
  }

  /** Starts the next row on a new page when less than `space` points are left on this one. */
  keep(space: number): void {
    const { doc } = this;
    if (doc.y > doc.page.height - doc.page.margins.bottom - space) doc.continueOnNewPage();
  }

  #lastPage(): number {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count - 1;
  }

  #place(): Place {
    return { page: this.#page, y: this.doc.y };
  }

  #goTo(place: Place): void {
    if (place.page !== this.#page) this.doc.switchToPage(place.page);
    this.#page = place.page;
    this.doc.y = place.y;
  }
}
