import type { TextMention } from './textMention.ts';

const ENGLISH: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Ukrainian cardinals in every case form: the stem, then its endings. "One"
 * is left out in both languages: «одна зі Сторін», "one another" are not counts.
 */
const UKRAINIAN: Array<[RegExp, number]> = [
  [/^(два|дві|двох|двом|двома)$/u, 2],
  [/^(три|трьох|трьом|трьома)$/u, 3],
  [/^(чотири|чотирьох|чотирьом|чотирма|чотирьома)$/u, 4],
  [/^(сім|семи|сімох|сімом|сімома)$/u, 7],
  [/^(вісім|восьми|вісьмох|вісьмом|вісьма|вісьмома)$/u, 8],
  [/^(сорок|сорока)$/u, 40],
  [/^(дев'яносто|дев'яноста)$/u, 90],
  [/^(сто|ста)$/u, 100],
  [/^(двісті|двохсот|двомстам|двомастами)$/u, 200],
  [/^(триста|трьохсот|трьомстам|трьомастами)$/u, 300],
  [/^(п'ятсот|п'ятисот|п'ятистам|п'ятьмастами)$/u, 500],
];

/** Cardinals that decline like «п'ять» (-ь, -и, -ьох, -ьом, -ьма, -ьома). */
const FIVE_LIKE: Record<string, number> = {
  "п'ят": 5,
  шіст: 6,
  шест: 6,
  "дев'ят": 9,
  десят: 10,
  одинадцят: 11,
  дванадцят: 12,
  тринадцят: 13,
  чотирнадцят: 14,
  "п'ятнадцят": 15,
  шістнадцят: 16,
  сімнадцят: 17,
  вісімнадцят: 18,
  "дев'ятнадцят": 19,
  двадцят: 20,
  тридцят: 30,
};
const FIVE_LIKE_FORM = /^(.+?)(ь|и|ьох|ьом|ьма|ьома)$/u;
/** «п'ятдесят», «шістдесят», «сімдесят», «вісімдесят» and their «-и», «-ьма», «-ьома» forms. */
const TENS = /^(п'ят|шіст|шест|сім|вісім)десят(и|ьма|ьома)?$/u;
const TENS_VALUE: Record<string, number> = { "п'ят": 50, шіст: 60, шест: 60, сім: 70, вісім: 80 };
const MULTIPLIERS = /^(hundred|thousand|тисяча|тисячі|тисяч|тисячу|тисячею|тисячам|тисячами|тисячах)$/u;

/** The value of a number word, or undefined. */
function wordValue(word: string): number | undefined {
  const english = ENGLISH[word];
  if (english !== undefined) return english;
  for (const [pattern, value] of UKRAINIAN) if (pattern.test(word)) return value;
  const fiveLike = FIVE_LIKE_FORM.exec(word);
  if (fiveLike && FIVE_LIKE[fiveLike[1] as string] !== undefined) return FIVE_LIKE[fiveLike[1] as string];
  const tens = TENS.exec(word);
  return tens ? TENS_VALUE[tens[1] as string] : undefined;
}

/**
 * The numbers of a text (its words, as wordTokens gives them): figures as
 * written, and numbers in words in English and Ukrainian by value, so
 * «тридцяти (30)» → «тридцять (30)» is grammar, and "thirty" → "sixty" is not.
 * Consecutive number words are one number: «двадцять п'ять», "two hundred".
 */
export function numberMentions(tokens: readonly string[]): TextMention[] {
  const found: TextMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    if (/\d/u.test(word)) {
      found.push({ key: word, words: word });
      continue;
    }
    let total = 0;
    let current = 0;
    let end = i;
    for (; end < tokens.length; end++) {
      const next = tokens[end] as string;
      if (MULTIPLIERS.test(next)) {
        const factor = next === 'hundred' ? 100 : 1000;
        total += (current || 1) * factor;
        current = 0;
        continue;
      }
      const value = wordValue(next);
      if (value === undefined) break;
      current += value;
    }
    if (end === i) continue;
    found.push({ key: String(total + current), words: tokens.slice(i, end).join(' ') });
    i = end - 1;
  }
  return found;
}
