import {
  type Block,
  type ExportArticle,
  type ExportDocument,
  printsInBrackets,
  type Run,
} from '@pactum/shared';
import { articleEid, organizationEid } from './aknIds.ts';
import { aknIdentity, aknMeta } from './aknMeta.ts';
import { exportLabels } from './exportLabels.ts';
import {
  comparisonNote,
  listMarker,
  openArticlesNote,
  scopeDescription,
  statusNote,
  treatyDate,
  versionTitle,
} from './exportWording.ts';
import { el, toXml, type XmlElement, type XmlNode } from './xmlTree.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const PACTUM_NAMESPACE = 'https://pactum.example/ns/export/1';

const TEXTUAL = new Set(['p', 'num', 'heading', 'b', 'i', 'ins', 'del', 'remark', 'opinion']);

function inline(run: Run): XmlNode[] {
  let nodes: XmlNode[] = run.text
    .split('\n')
    .flatMap((piece, index) => (index > 0 ? [el('br'), piece] : [piece]));
  if (run.italic) nodes = [el('i', {}, nodes)];
  if (run.bold) nodes = [el('b', {}, nodes)];
  if (run.change === 'inserted') nodes = [el('ins', {}, nodes)];
  if (run.change === 'deleted') nodes = [el('del', {}, nodes)];
  return nodes;
}

/** Text that is not part of the treaty: notes on status, support and reservations. */
function editorial(className: string, ...children: XmlNode[]): XmlElement {
  return el('p', { class: className, status: 'editorial' }, el('remark', {}, children));
}

function blockNodes(blocks: readonly Block[], parentEid: string, depth: number): XmlElement[] {
  let lists = 0;
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return el('p', {}, block.runs.flatMap(inline));
    const listEid = `${parentEid}__list_${++lists}`;
    return el(
      'blockList',
      { eId: listEid, class: block.ordered ? 'ordered' : 'unordered' },
      block.items.map((item, index) => {
        const marker = listMarker(block.ordered, index, depth);
        const itemEid = `${listEid}__item_${block.ordered ? marker.replace(/\.$/, '') : index + 1}`;
        const content = item.length > 0 ? blockNodes(item, itemEid, depth + 1) : [el('p')];
        return el('item', { eId: itemEid }, block.ordered && el('num', {}, marker), content);
      }),
    );
  });
}

function refersTo(...eIds: string[]): string {
  return eIds.map((eId) => `#${eId}`).join(' ');
}

/**
 * Text printed in brackets (see printsInBrackets) is wrapped in a
 * `blockContainer` that refers to the `bracketed` concept and to the
 * delegations holding a bracket, if any: AKN has no
 * bracket element, a span or remark cannot hold lists or several paragraphs,
 * and square brackets typed into the text would change the words of the
 * clause. Options are containers marked `alternativeTo` the article.
 */
function articleElement(document: ExportDocument, article: ExportArticle): XmlElement {
  const labels = exportLabels(document.lang);
  const eId = articleEid(article);
  const note = statusNote(article, document);
  const comparison = comparisonNote(article, document.lang);
  const text = article.blocks.length > 0 ? blockNodes(article.blocks, eId, 0) : [el('p')];
  const bracketed = printsInBrackets(document, article);
  return el(
    'article',
    { eId, GUID: article.clauseId, status: article.comparison === 'removed' ? 'removed' : undefined },
    el('num', {}, article.label),
    article.heading !== '' && el('heading', {}, article.heading),
    el(
      'content',
      {},
      comparison && editorial('comparison', comparison),
      note && editorial('statusNote', note),
      bracketed
        ? el(
            'blockContainer',
            {
              eId: `${eId}__bracketed`,
              class: 'bracketed',
              refersTo: refersTo('bracketed', ...article.bracketedBy.map(organizationEid)),
            },
            text,
          )
        : text,
      article.options.map((option, index) =>
        el(
          'blockContainer',
          {
            eId: `${eId}__option_${index + 1}`,
            class: 'option',
            alternativeTo: `#${eId}`,
            refersTo:
              option.supporters.length > 0 ? refersTo(...option.supporters.map(organizationEid)) : undefined,
          },
          el('num', {}, labels.option(option.label, '')),
          option.supporters.length > 0 &&
            editorial('support', labels.supportedBy(option.supporters.join(', '))),
          option.paragraphs.length > 0
            ? option.paragraphs.map((paragraph) => el('p', {}, paragraph))
            : el('p'),
        ),
      ),
      article.reservations.map(({ delegation, text: reservation }) =>
        el(
          'p',
          { class: 'reservation', status: 'editorial' },
          labels.reservation(delegation),
          el('opinion', { by: `#${organizationEid(delegation)}` }, reservation),
        ),
      ),
    ),
  );
}

function preface(document: ExportDocument): XmlElement {
  const open = openArticlesNote(document);
  return el(
    'preface',
    {},
    el('p', { class: 'title' }, el('docTitle', {}, document.title)),
    el('p', { class: 'version' }, el('docStage', {}, versionTitle(document))),
    el(
      'p',
      { class: 'date' },
      el(
        'docDate',
        { date: document.exportedAt.slice(0, 10) },
        treatyDate(document.exportedAt, document.lang),
      ),
    ),
    el('p', { class: 'scope' }, el('docStatus', {}, scopeDescription(document))),
    document.parties.length > 0 &&
      el(
        'p',
        { class: 'parties' },
        `${exportLabels(document.lang).parties}: `,
        document.parties.flatMap((party, index) => [
          index > 0 ? ', ' : '',
          el('organization', { refersTo: refersTo(organizationEid(party.code)) }, party.name),
          ` (${party.code})`,
        ]),
      ),
    open && editorial('openArticles', open),
  );
}

/** A stable name for the work when the caller has no treaty id: the title, as a slug. */
function fallbackWorkNumber(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'treaty'
  );
}

/**
 * An export as an Akoma Ntoso 3.0 act, one expression in the export's
 * language (see aknIdentity): FRBR identity and Pactum's clause
 * metadata in `meta`, the title page in `preface`, articles in `body`.
 * Every piece of clause text is a text node of the tree, escaped when written.
 */
export function renderAkomaNtoso(document: ExportDocument, treatyId?: string): string {
  const id = aknIdentity(document, treatyId ?? fallbackWorkNumber(document.title));
  const body =
    document.articles.length > 0
      ? document.articles.map((article) => articleElement(document, article))
      : el(
          'hcontainer',
          { eId: 'hcontainer_1', name: 'noArticles' },
          el('content', {}, editorial('empty', exportLabels(document.lang).noArticles)),
        );
  return toXml(
    el(
      'akomaNtoso',
      { xmlns: AKN_NAMESPACE, 'xmlns:pactum': PACTUM_NAMESPACE },
      el(
        'act',
        { name: 'treaty' },
        aknMeta(document, id),
        preface(document),
        document.preamble.length > 0 &&
          el(
            'preamble',
            {},
            document.preamble.map((paragraph) => el('p', {}, paragraph)),
          ),
        el('body', {}, body),
      ),
    ),
    TEXTUAL,
  );
}
