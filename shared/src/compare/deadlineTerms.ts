import type { TextMention } from './textMention.ts';

/** Units of time in every case form, by what they measure. */
const UNITS = new Map<string, string>(
  Object.entries({
    hour: 'hour hours година години годин годину годині годиною годинам годинами годинах',
    day: 'day days день дня дню днем дні днів дням днями днях доба доби добу добі добою діб добам добами',
    week: 'week weeks тиждень тижня тижню тижнем тижні тижнів тижням тижнями тижнях',
    month: 'month months місяць місяця місяцю місяцем місяці місяців місяцям місяцями місяцях',
    year: 'year years рік року роком роки років рокам роками роках',
  }).flatMap(([unit, forms]) => forms.split(' ').map((form) => [form, unit] as const)),
);

/** Words that set a time limit, one or more words long, by what they mean. */
const TERMS: Array<[string[], string]> = [
  [['no', 'later', 'than'], 'no later than'],
  [['not', 'later', 'than'], 'no later than'],
  [['no', 'earlier', 'than'], 'no earlier than'],
  [['not', 'earlier', 'than'], 'no earlier than'],
  [['within'], 'within'],
  [['without', 'delay'], 'immediately'],
  [['immediately'], 'immediately'],
  [['не', 'пізніше', 'ніж'], 'no later than'],
  [['не', 'пізніше'], 'no later than'],
  [['не', 'раніше', 'ніж'], 'no earlier than'],
  [['не', 'раніше'], 'no earlier than'],
  [['протягом'], 'within'],
  [['впродовж'], 'within'],
  [['упродовж'], 'within'],
  [['без', 'зволікань'], 'immediately'],
  [['невідкладно'], 'immediately'],
  [['негайно'], 'immediately'],
];

const TERMS_BY_FIRST = new Map<string, typeof TERMS>();
for (const term of TERMS) {
  const first = term[0][0] as string;
  TERMS_BY_FIRST.set(first, [...(TERMS_BY_FIRST.get(first) ?? []), term]);
}

const startsWith = (tokens: readonly string[], at: number, words: string[]) =>
  words.every((word, k) => tokens[at + k] === word);

/**
 * The words of a text (as wordTokens gives them) that set a deadline: units
 * of time («днів» and «дня» are both days) and time limits («протягом», «не
 * пізніше ніж», "within"). The number of a deadline is numberMentions' part.
 */
export function deadlineTerms(tokens: readonly string[]): TextMention[] {
  const found: TextMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    const unit = UNITS.get(word);
    if (unit) {
      found.push({ key: unit, words: word });
      continue;
    }
    const term = TERMS_BY_FIRST.get(word)?.find(([words]) => startsWith(tokens, i, words));
    if (!term) continue;
    found.push({ key: term[1], words: term[0].join(' ') });
    i += term[0].length - 1;
  }
  return found;
}
