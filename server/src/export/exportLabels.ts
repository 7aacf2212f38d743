/**
 * The fixed wording of an export in one language: everything a file says
 * that is not the treaty's own text. Pactum has it in English, Ukrainian and
 * French; an export in any other language keeps English labels (its text,
 * "Article n" where clauseLabel knows the word, and its dates are still in
 * its language).
 */
export interface ExportLabels {
  /** BCP 47 locale of the dates ("30 November 2026"). */
  dateLocale: string;
  parties: string;
  /** "Page 3 of 12" in three pieces, so DOCX can put page fields between them. */
  page: readonly [before: string, between: string, after: string];
  agreedScope: string;
  fullScope: string;
  compareScope: (versionName: string) => string;
  anEarlierVersion: string;
  bracketedBy: (delegations: string) => string;
  agreedAdReferendum: string;
  notYetAgreed: string;
  notIncluded: (list: string) => string;
  option: (label: string, supporters: string) => string;
  supportedBy: (delegations: string) => string;
  reservation: (delegation: string) => string;
  status: Record<string, string>;
  comparison: Record<string, string>;
  annexTitle: string;
  annexColumns: readonly [string, string, string, string, string];
  noTags: string;
  reservations: string;
  none: string;
  noArticles: string;
  liveText: string;
  /** An unnamed checkpoint, by its date and time (UTC). */
  checkpoint: (when: string) => string;
}

const EN: ExportLabels = {
  dateLocale: 'en-GB',
  parties: 'Parties',
  page: ['Page ', ' of ', ''],
  agreedScope: 'Agreed text: only the articles every party has agreed',
  fullScope: 'Full negotiating text: unagreed text in square brackets, options shown',
  compareScope: (name) => `Comparison with ${name}: insertions underlined, deletions struck through`,
  anEarlierVersion: 'an earlier version',
  bracketedBy: (delegations) => `Bracketed by ${delegations}`,
  agreedAdReferendum: 'Agreed ad referendum',
  notYetAgreed: 'Not yet agreed',
  notIncluded: (list) => `Not included, still under negotiation: ${list}.`,
  option: (label, supporters) => `Option ${label}${supporters ? ` (supported by ${supporters})` : ''}`,
  supportedBy: (delegations) => `Supported by ${delegations}`,
  reservation: (delegation) => `Reservation of ${delegation}: `,
  status: {},
  comparison: {},
  annexTitle: 'Annex — Clause tags',
  annexColumns: ['Article', 'Domains', 'Trigger', 'Deadlines', 'Committed parties'],
  noTags: 'No article carries tags.',
  reservations: 'Reservations',
  none: 'None.',
  noArticles: 'No article is included in this export.',
  liveText: 'Live text',
  checkpoint: (when) => `Checkpoint of ${when}`,
};

const UK: ExportLabels = {
  dateLocale: 'uk',
  parties: 'Сторони',
  page: ['Сторінка ', ' з ', ''],
  agreedScope: 'Погоджений текст: лише статті, погоджені всіма Сторонами',
  fullScope: 'Повний текст переговорів: непогоджений текст у квадратних дужках, із варіантами формулювань',
  compareScope: (name) => `Порівняння з редакцією «${name}»: додане підкреслено, вилучене закреслено`,
  anEarlierVersion: 'попередньою редакцією',
  bracketedBy: (delegations) => `Узято в квадратні дужки: ${delegations}`,
  agreedAdReferendum: 'Погоджено ad referendum',
  notYetAgreed: 'Ще не погоджено',
  notIncluded: (list) => `Не включено, переговори тривають: ${list}.`,
  option: (label, supporters) => `Варіант ${label}${supporters ? ` (підтримали: ${supporters})` : ''}`,
  supportedBy: (delegations) => `Підтримали: ${delegations}`,
  reservation: (delegation) => `Застереження ${delegation}: `,
  status: {
    draft: 'проєкт',
    bracketed: 'у квадратних дужках',
    agreed: 'погоджено',
    'agreed ad referendum': 'погоджено ad referendum',
  },
  comparison: {
    added: 'додано',
    removed: 'вилучено',
    moved: 'переміщено',
    changed: 'змінено',
    renumbered: 'змінено нумерацію',
  },
  annexTitle: 'Додаток — Позначки статей',
  annexColumns: ['Стаття', 'Сфери', 'Підстава застосування', 'Строки', 'Зобов’язані Сторони'],
  noTags: 'Жодна стаття не має позначок.',
  reservations: 'Застереження',
  none: 'Немає.',
  noArticles: 'Цей файл не містить жодної статті.',
  liveText: 'Поточний текст',
  checkpoint: (when) => `Контрольна точка від ${when}`,
};

const FR: ExportLabels = {
  dateLocale: 'fr',
  parties: 'Parties',
  page: ['Page ', ' sur ', ''],
  agreedScope: 'Texte agréé : uniquement les articles agréés par toutes les parties',
  fullScope: 'Texte de négociation complet : texte non agréé entre crochets, options indiquées',
  compareScope: (name) => `Comparaison avec « ${name} » : insertions soulignées, suppressions barrées`,
  anEarlierVersion: 'une version antérieure',
  bracketedBy: (delegations) => `Entre crochets à la demande de : ${delegations}`,
  agreedAdReferendum: 'Agréé ad referendum',
  notYetAgreed: 'Pas encore agréé',
  notIncluded: (list) => `Non inclus, encore en négociation : ${list}.`,
  option: (label, supporters) => `Option ${label}${supporters ? ` (soutenue par : ${supporters})` : ''}`,
  supportedBy: (delegations) => `Soutenue par : ${delegations}`,
  reservation: (delegation) => `Réserve de ${delegation} : `,
  status: {
    draft: 'projet',
    bracketed: 'entre crochets',
    agreed: 'agréé',
    'agreed ad referendum': 'agréé ad referendum',
  },
  comparison: {
    added: 'ajouté',
    removed: 'supprimé',
    moved: 'déplacé',
    changed: 'modifié',
    renumbered: 'renuméroté',
  },
  annexTitle: 'Annexe — Étiquettes des articles',
  annexColumns: ['Article', 'Domaines', 'Déclencheur', 'Délais', 'Parties engagées'],
  noTags: 'Aucun article ne porte d’étiquette.',
  reservations: 'Réserves',
  none: 'Aucune.',
  noArticles: 'Aucun article n’est inclus dans cet export.',
  liveText: 'Texte en cours',
  checkpoint: (when) => `Point de contrôle du ${when}`,
};

const LABELS: Record<string, ExportLabels> = { en: EN, uk: UK, fr: FR };

/** The labels of an export in `lang`: English ones for a language Pactum has no wording for, dates in `lang`. */
export function exportLabels(lang: string): ExportLabels {
  return LABELS[lang] ?? { ...EN, dateLocale: lang };
}
