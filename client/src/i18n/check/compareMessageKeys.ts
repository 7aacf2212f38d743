/** What is wrong with one language's messages, compared with English's. */
export interface MessageProblem {
  language: string;
  namespace: string;
  key: string;
  problem: string;
}

type Messages = { [key: string]: string | Messages };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function flattenMessages(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flattenMessages(value, path)) flat.set(inner, text);
  }
  return flat;
}

/**
 * Every language holds the keys English holds and no others; a plural key has
 * every form its language's `Intl.PluralRules` asks for (Ukrainian one, few,
 * many, other); a message names the same `{{variables}}` as English's; no
 * message is empty.
 */
export function compareMessageKeys(
  namespace: string,
  reference: Messages,
  language: string,
  messages: Messages,
): MessageProblem[] {
  const problems: MessageProblem[] = [];
  const report = (key: string, problem: string) => problems.push({ language, namespace, key, problem });
  const english = flattenMessages(reference);
  const other = flattenMessages(messages);
  const englishBases = basesOf(english);
  const otherBases = basesOf(other);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  for (const [base, forms] of englishBases) {
    const own = otherBases.get(base);
    if (!own) {
      report(base, 'missing');
      continue;
    }
    const plural = [...forms.keys()].some((form) => form !== '');
    if (plural) {
      for (const category of categories) {
        if (!own.has(category)) report(`${base}_${category}`, `missing plural form "${category}"`);
      }
    } else if (!own.has('')) report(base, 'is a plural in this language but not in English');
    const variables = variablesOf([...forms.values()]);
    const ownVariables = variablesOf([...own.values()]);
    for (const name of variables) if (!ownVariables.has(name)) report(base, `does not use {{${name}}}`);
    for (const name of ownVariables)
      if (!variables.has(name)) report(base, `uses {{${name}}}, which English does not`);
  }
  for (const base of otherBases.keys()) if (!englishBases.has(base)) report(base, 'not in English');
  for (const [key, text] of other) if (text.trim() === '') report(key, 'empty');
  return problems;
}

function basesOf(flat: Map<string, string>): Map<string, Map<string, string>> {
  const bases = new Map<string, Map<string, string>>();
  for (const [key, text] of flat) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = bases.get(base) ?? new Map<string, string>();
    forms.set(match?.[1] ?? '', text);
    bases.set(base, forms);
  }
  return bases;
}

function variablesOf(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\{\{\s*([\w.]+)/g))
      if (match[1] !== 'count') names.add(match[1] ?? '');
  }
  return names;
}
