const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const CHUNK = 2_000;

export interface WordSegment {
  segment: string;
  isWordLike: boolean;
}

/**
 * Word segments of `text` (English and Ukrainian alike; a \w-based tokenizer
 * splits Cyrillic words apart). Long text is fed to Intl.Segmenter in chunks
 * cut at whitespace: V8 materialises the whole input string for every
 * segment it returns, which is quadratic and exhausts the heap on a long text.
 */
export function* segmentWords(text: string): Generator<WordSegment> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start) end = space + 1;
    }
    for (const { segment, isWordLike } of segmenter.segment(text.slice(start, end))) {
      yield { segment, isWordLike: isWordLike ?? false };
    }
    start = end;
  }
}
