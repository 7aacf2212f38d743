/**
 * ISO 639-2 (terminology) codes of the languages treaties are most often
 * authenticated in: the UN's and the EU's official languages and the
 * languages of Ukraine's neighbours and partners. Intl knows the two-letter
 * codes only, so the three-letter ones are written out here.
 */
const ALPHA_3: Record<string, string> = {
  ar: 'ara',
  az: 'aze',
  be: 'bel',
  bg: 'bul',
  bs: 'bos',
  ca: 'cat',
  cs: 'ces',
  cy: 'cym',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  es: 'spa',
  et: 'est',
  eu: 'eus',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  ga: 'gle',
  he: 'heb',
  hi: 'hin',
  hr: 'hrv',
  hu: 'hun',
  hy: 'hye',
  id: 'ind',
  is: 'isl',
  it: 'ita',
  ja: 'jpn',
  ka: 'kat',
  kk: 'kaz',
  ko: 'kor',
  lt: 'lit',
  lv: 'lav',
  mk: 'mkd',
  mt: 'mlt',
  nl: 'nld',
  no: 'nor',
  pl: 'pol',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  sk: 'slk',
  sl: 'slv',
  sq: 'sqi',
  sr: 'srp',
  sv: 'swe',
  tr: 'tur',
  uk: 'ukr',
  zh: 'zho',
};

/**
 * The language of an Akoma Ntoso expression (`FRBRlanguage`, and the
 * language component of the expression IRI): ISO 639-2 alpha-3, as the AKN
 * naming convention asks. A language missing above keeps its ISO 639-1
 * code, which still names it unambiguously.
 */
export function aknLanguage(code: string): string {
  return ALPHA_3[code] ?? code;
}
