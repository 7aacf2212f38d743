import { type ExportDocument, type Party, STAMP_PREFIX } from '@pactum/shared';
import { articleEid, organizationEid } from './aknIds.ts';
import { aknLanguage } from './aknLanguage.ts';
import { el, type XmlElement } from './xmlTree.ts';

/** The FRBR identity of one export: the treaty (work), this text of it (expression), this file (manifestation). */
export interface AknIdentity {
  work: string;
  expression: string;
  manifestation: string;
  /** YYYY-MM-DD of the export. */
  date: string;
}

/**
 * A treaty binds several states, so it belongs to no party's national
 * jurisdiction and a party code here would read as that party's own law.
 * The naming convention admits codes for international bodies; "un" is the
 * one treaties share, as the UN Secretariat registers them (Charter, Art.
 * 102). The work has no date component: a draft treaty gets its date when
 * it is adopted or signed. The expression is this text in one language as
 * of the export date (the version itself is in FRBRversionNumber): each
 * language of a treaty is an expression of the same work, every one of them
 * authoritative (equally authentic texts), with the same eIds.
 */
export function aknIdentity(document: ExportDocument, treatyId: string): AknIdentity {
  const date = document.exportedAt.slice(0, 10);
  const work = `/akn/un/act/treaty/${treatyId}`;
  const expression = `${work}/${aknLanguage(document.lang)}@${date}`;
  return { work, expression, manifestation: `${expression}.akn`, date };
}

/** Every delegation the export names: the parties, then any other delegation holding a bracket, option or reservation. */
export function aknOrganizations(document: ExportDocument): Party[] {
  const named = new Map(document.parties.map((party) => [party.code, party]));
  for (const article of document.articles) {
    const codes = [
      ...article.bracketedBy,
      ...article.reservations.map((reservation) => reservation.delegation),
      ...article.options.flatMap((option) => option.supporters),
      ...article.tags.committedParties,
    ];
    for (const code of codes) if (!named.has(code)) named.set(code, { code, name: code });
  }
  return [...named.values()];
}

function identification(document: ExportDocument, id: AknIdentity): XmlElement {
  const authors =
    document.parties.length > 0 ? document.parties.map((p) => `#${organizationEid(p.code)}`) : ['#pactum'];
  const core = (frbrThis: string, uri: string, by: string[], alias?: XmlElement) => [
    el('FRBRthis', { value: frbrThis }),
    el('FRBRuri', { value: uri }),
    alias,
    el('FRBRdate', { date: id.date, name: 'export' }),
    by.map((href) => el('FRBRauthor', { href })),
  ];
  const stamp = el('FRBRalias', { name: 'pactumStamp', value: `${STAMP_PREFIX}${document.stamp}` });
  return el(
    'identification',
    { source: '#pactum' },
    el('FRBRWork', {}, core(`${id.work}/!main`, id.work, authors), el('FRBRcountry', { value: 'un' })),
    el(
      'FRBRExpression',
      {},
      core(`${id.expression}/!main`, id.expression, authors, stamp),
      el('FRBRversionNumber', { value: document.versionId, showAs: document.versionName }),
      el('FRBRauthoritative', { value: 'true' }),
      el('FRBRlanguage', { language: aknLanguage(document.lang) }),
    ),
    el(
      'FRBRManifestation',
      {},
      core(`${id.expression}/!main.xml`, id.manifestation, ['#pactum']),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ),
  );
}

function classification(document: ExportDocument): XmlElement | null {
  const keywords = document.articles.flatMap((article) =>
    article.tags.domains.map((domain) =>
      el('keyword', {
        value: domain,
        showAs: domain,
        dictionary: '#pactumDomains',
        href: `#${articleEid(article)}`,
      }),
    ),
  );
  return keywords.length > 0 ? el('classification', { source: '#pactum' }, keywords) : null;
}

function references(document: ExportDocument, id: AknIdentity): XmlElement {
  return el(
    'references',
    { source: '#pactum' },
    el('original', { eId: 'original', href: id.expression, showAs: document.title }),
    el('TLCOrganization', { eId: 'pactum', href: '/ontology/organization/pactum', showAs: 'Pactum' }),
    aknOrganizations(document).map(({ code, name }) =>
      el('TLCOrganization', {
        eId: organizationEid(code),
        href: `/ontology/organization/pactum/${code.toLowerCase()}`,
        showAs: name,
        shortForm: code,
      }),
    ),
    el('TLCConcept', {
      eId: 'bracketed',
      href: '/ontology/concept/pactum/bracketed',
      showAs: 'Bracketed: not agreed',
    }),
    el('TLCReference', {
      eId: 'pactumDomains',
      name: 'dictionary',
      href: '/ontology/dictionary/pactum/domains',
      showAs: 'Pactum clause domains',
    }),
  );
}

/** Per clause what the text alone does not say: tags, status, brackets; and the stamp of the whole export. */
function proprietary(document: ExportDocument): XmlElement {
  return el(
    'proprietary',
    { source: '#pactum' },
    el(
      'pactum:export',
      {
        scope: document.scope,
        versionId: document.versionId,
        versionName: document.versionName,
        comparedWith: document.comparedWith?.versionId,
        comparedWithName: document.comparedWith?.versionName,
        exportedAt: document.exportedAt,
      },
      el('pactum:stamp', {}, `${STAMP_PREFIX}${document.stamp}`),
    ),
    document.articles.map((article) =>
      el(
        'pactum:clause',
        {
          clauseId: article.clauseId,
          article: `#${articleEid(article)}`,
          number: article.number,
          status: article.status,
          comparison: article.comparison,
        },
        article.tags.domains.map((domain) => el('pactum:domain', {}, domain)),
        article.tags.trigger && el('pactum:trigger', {}, article.tags.trigger),
        article.tags.deadlines && el('pactum:deadlines', {}, article.tags.deadlines),
        article.tags.committedParties.map((code) =>
          el('pactum:committedParty', { code, refersTo: `#${organizationEid(code)}` }),
        ),
        article.bracketedBy.map((code) =>
          el('pactum:bracketedBy', { code, refersTo: `#${organizationEid(code)}` }),
        ),
      ),
    ),
    document.openArticles.map(({ number, label, heading, status }) =>
      el('pactum:openArticle', { number, label, heading, status }),
    ),
  );
}

/** `<meta>`: identification, domains as keywords, the export as a lifecycle event, references, proprietary. */
export function aknMeta(document: ExportDocument, id: AknIdentity): XmlElement {
  return el(
    'meta',
    {},
    identification(document, id),
    classification(document),
    el(
      'lifecycle',
      { source: '#pactum' },
      el('eventRef', { eId: 'e_export', date: id.date, source: '#original', type: 'generation' }),
    ),
    references(document, id),
    proprietary(document),
  );
}
