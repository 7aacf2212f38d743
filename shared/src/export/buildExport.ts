import { agreementOverview, type ClauseAgreement, isAgreed } from '../agreement/clauseStatus.ts';
import type { AgreementRecords } from '../agreement/readAgreement.ts';
import { compareTreaties } from '../compare/compareTreaties.ts';
import type { DiffSegment } from '../compare/wordDiff.ts';
import { domainName, fillVocabulary, vocabularyIn } from '../tags/vocabularyWording.ts';
import type { ClauseJSON, TreatyJSON } from '../treatyModel.ts';
import { bodyBlocks } from './bodyBlocks.ts';
import type { Block, ExportArticle, ExportDocument, ExportTags, Run } from './exportModel.ts';
import { exportStamp } from './exportStamp.ts';

/** One state of a treaty to export: its text and the agreement records of that same moment. */
export interface ExportSource {
  treaty: TreatyJSON;
  records: AgreementRecords;
  versionId: string;
  versionName: string;
  /** For a checkpoint without a name: when it was taken (files name it in their language). */
  checkpointAt?: string;
}

/** The annex row of an article, worded in the exported text's language (English for one it has no words for). */
function tagsOf(clause: ClauseJSON, treaty: TreatyJSON): ExportTags {
  const words = vocabularyIn(treaty.lang);
  const domains = new Map(treaty.domains.map((domain) => [domain.key, domain]));
  const threshold = clause.threshold;
  const within = (template: string, hours: number | null) =>
    hours === null ? null : fillVocabulary(template, { hours });
  return {
    domains: clause.domains.map((key) => {
      const domain = domains.get(key);
      return domain ? domainName(domain, treaty.lang) : key;
    }),
    trigger: threshold
      ? [
          words.trigger[threshold.trigger],
          fillVocabulary(words.export.severityAtLeast, { severity: threshold.minSeverity }),
          fillVocabulary(words.export.verifiedBy, {
            verifier: threshold.verifier.name || words.verifier[threshold.verifier.kind],
          }),
          words.activationInSentence[threshold.activation],
        ].join(', ')
      : null,
    deadlines: threshold
      ? [
          within(words.export.consultationsWithin, threshold.consultationHours),
          within(words.export.assistanceWithin, threshold.assistanceHours),
        ]
          .filter(Boolean)
          .join(', ') || null
      : null,
    committedParties: [...new Set(clause.commitments.map((commitment) => commitment.party))],
  };
}

function article(
  clause: ClauseJSON,
  agreement: ClauseAgreement,
  treaty: TreatyJSON,
  withOptions: boolean,
): ExportArticle {
  return {
    clauseId: clause.clauseId,
    number: clause.number,
    label: clause.label,
    heading: clause.heading,
    blocks: bodyBlocks(clause.body),
    status: agreement.status,
    bracketedBy: agreement.brackets.map((bracket) => bracket.delegation),
    options: withOptions
      ? agreement.options
          .filter((option) => !option.adopted && !option.setAside)
          .map(({ label, paragraphs, supporters }) => ({ label, paragraphs, supporters }))
      : [],
    reservations: agreement.reservations.map(({ delegation, text }) => ({ delegation, text })),
    tags: tagsOf(clause, treaty),
  };
}

function finish(document: Omit<ExportDocument, 'stamp'>): ExportDocument {
  return { ...document, stamp: exportStamp(document) };
}

/**
 * `full`: every article, bracketed ones marked, open options listed.
 * `agreed`: only articles every party has agreed (ad referendum included,
 * and marked so), in order with their numbers; the others are named as open.
 */
export function buildExport(
  scope: 'agreed' | 'full',
  source: ExportSource,
  exportedAt: string,
): ExportDocument {
  const { treaty } = source;
  const overview = agreementOverview(treaty, source.records);
  const byId = new Map(overview.clauses.map((agreement) => [agreement.clauseId, agreement]));
  const included = treaty.clauses.filter(
    (clause) => scope === 'full' || isAgreed((byId.get(clause.clauseId) as ClauseAgreement).status),
  );
  return finish({
    scope,
    lang: treaty.lang,
    title: treaty.title,
    versionName: source.versionName,
    ...(source.checkpointAt ? { checkpointAt: source.checkpointAt } : {}),
    versionId: source.versionId,
    exportedAt,
    parties: treaty.parties,
    preamble: treaty.preamble === '' ? [] : treaty.preamble.split('\n'),
    articles: included.map((clause) =>
      article(clause, byId.get(clause.clauseId) as ClauseAgreement, treaty, scope === 'full'),
    ),
    openArticles:
      scope === 'agreed'
        ? overview.clauses
            .filter((agreement) => !isAgreed(agreement.status))
            .map(({ number, label, heading, status }) => ({ number, label, heading, status }))
        : [],
  });
}

/** Redline segments as paragraphs: a newline in the text starts a new paragraph. */
function redlineBlocks(segments: readonly DiffSegment[]): Block[] {
  const paragraphs: Run[][] = [[]];
  for (const { op, text } of segments) {
    text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece === '') return;
      const change = op === 'insert' ? 'inserted' : op === 'delete' ? 'deleted' : undefined;
      (paragraphs.at(-1) as Run[]).push({ text: piece, ...(change ? { change } : {}) });
    });
  }
  return paragraphs.map((runs) => ({ kind: 'paragraph', runs }));
}

/** A redline of `to` against `from`: insertions and deletions per article, removed articles where they stood. */
export function buildCompareExport(from: ExportSource, to: ExportSource, exportedAt: string): ExportDocument {
  const comparison = compareTreaties(from.treaty, to.treaty);
  const side = (source: ExportSource) => {
    const overview = agreementOverview(source.treaty, source.records);
    return {
      clauses: new Map(source.treaty.clauses.map((clause) => [clause.clauseId, clause])),
      agreements: new Map(overview.clauses.map((agreement) => [agreement.clauseId, agreement])),
    };
  };
  const [older, newer] = [side(from), side(to)];
  const articles = comparison.clauses.map((change): ExportArticle => {
    const inNewer = newer.clauses.get(change.clauseId);
    const clause = inNewer ?? (older.clauses.get(change.clauseId) as ClauseJSON);
    const agreement = (inNewer ? newer : older).agreements.get(change.clauseId) as ClauseAgreement;
    const base = article(clause, agreement, inNewer ? to.treaty : from.treaty, false);
    return {
      ...base,
      ...(change.text ? { blocks: redlineBlocks(change.text) } : {}),
      ...(change.status === 'added' || change.status === 'removed'
        ? {
            blocks: redlineBlocks(
              change.text ?? [{ op: change.status === 'added' ? 'insert' : 'delete', text: clause.text }],
            ),
          }
        : {}),
      comparison: change.status,
    };
  });
  return finish({
    scope: 'compare',
    lang: to.treaty.lang,
    title: to.treaty.title,
    versionName: to.versionName,
    ...(to.checkpointAt ? { checkpointAt: to.checkpointAt } : {}),
    versionId: to.versionId,
    comparedWith: { versionId: from.versionId, versionName: from.versionName },
    exportedAt,
    parties: to.treaty.parties,
    preamble: to.treaty.preamble === '' ? [] : to.treaty.preamble.split('\n'),
    articles,
    openArticles: [],
  });
}
