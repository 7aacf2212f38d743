import { createRequire } from 'node:module';
import path from 'node:path';
import { buildExport, type ExportDocument, parallelExport, type TreatyJSON } from '@pactum/shared';
import PDFDocument from 'pdfkit';
import { renderParallelPdf } from '../../server/src/export/renderParallelPdf.ts';
import { renderPdf } from '../../server/src/export/renderPdf.ts';
import { bilingualTreaty } from './exportBenchTreaty.ts';
import { ms, stats } from './stats.ts';
import { writeResults } from './writeResults.ts';

const require = createRequire(import.meta.url);
const SERIF = path.join(
  path.dirname(require.resolve('dejavu-fonts-ttf/package.json')),
  'ttf/DejaVuSerif.ttf',
);

/**
 * The anchor: pdfkit writing the same text as plain paragraphs, same font and
 * size, nothing else; for a bilingual file, both texts one after the other.
 */
function rawPdfkit(texts: readonly TreatyJSON[]): Promise<{ bytes: number; pages: number }> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  doc.registerFont('serif', SERIF);
  doc.font('serif').fontSize(11);
  let pages = 1;
  doc.on('pageAdded', () => {
    pages += 1;
  });
  let bytes = 0;
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  const done = new Promise<{ bytes: number; pages: number }>((resolve) =>
    doc.on('end', () => resolve({ bytes, pages })),
  );
  for (const treaty of texts) {
    doc.text(treaty.title);
    for (const paragraph of treaty.preamble.split('\n')) doc.text(paragraph);
    for (const clause of treaty.clauses) {
      doc.text(`${clause.label} — ${clause.heading}`);
      for (const paragraph of clause.text.split('\n')) doc.text(paragraph);
    }
  }
  doc.end();
  return done;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

/** One file measured against its anchor. */
interface ExportCase {
  key: string;
  name: string;
  ours: () => Promise<Buffer>;
  texts: TreatyJSON[];
}

const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

async function measure(exportCase: ExportCase, runs: number) {
  await exportCase.ours();
  await rawPdfkit(exportCase.texts);
  const ours: number[] = [];
  const anchor: number[] = [];
  let pages = 0;
  let anchorPages = 0;
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    // Alternate, so both see the same machine state.
    const a = await time(exportCase.ours);
    ours.push(a.ms);
    pages = countPages(a.result);
    bytes = a.result.length;
    const b = await time(() => rawPdfkit(exportCase.texts));
    anchor.push(b.ms);
    anchorPages = b.result.pages;
  }
  const oursStats = stats(ours);
  const anchorStats = stats(anchor);
  return {
    pages,
    anchorPages,
    pagesPerSecond: pages / (oursStats.median / 1000),
    ratio: oursStats.median / anchorStats.median,
    bytes,
    ours: oursStats,
    rawPdfkit: anchorStats,
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

const row = (name: string, pages: number, figures: Figures['ours']) =>
  `${name.padEnd(40)} ${String(pages).padStart(6)} ${ms(figures.median).padStart(11)} ${ms(figures.p95).padStart(11)}   ${ms(figures.min)} – ${ms(figures.max)}`;

export async function exportBench(tiny: boolean): Promise<void> {
  const clauses = tiny ? 8 : 500;
  const runs = tiny ? 1 : 5;
  const treaty = bilingualTreaty(7, clauses, tiny ? 60 : 300);
  const exportedAt = new Date().toISOString();
  const full = (text: TreatyJSON): ExportDocument =>
    buildExport(
      'full',
      { treaty: text, records: new Map(), versionId: 'live', versionName: 'Live text' },
      exportedAt,
    );
  const [en, uk] = [full(treaty.en), full(treaty.uk)];
  const both = parallelExport(en, uk);
  const cases: ExportCase[] = [
    { key: 'en', name: 'renderPdf, English (full scope)', ours: () => renderPdf(en), texts: [treaty.en] },
    { key: 'uk', name: 'renderPdf, Ukrainian (full scope)', ours: () => renderPdf(uk), texts: [treaty.uk] },
    {
      key: 'parallel',
      name: 'renderParallelPdf, English | Ukrainian',
      ours: () => renderParallelPdf(both),
      texts: [treaty.en, treaty.uk],
    },
  ];
  const results: Record<string, Figures> = {};
  for (const exportCase of cases) results[exportCase.key] = await measure(exportCase, runs);

  console.log(
    `export: ${clauses} clauses, ${treaty.words} words (an English and a Ukrainian text), ${runs} runs each`,
  );
  console.log(
    `${'implementation'.padEnd(40)} ${'pages'.padStart(6)} ${'median'.padStart(11)} ${'p95'.padStart(11)}   min – max`,
  );
  for (const exportCase of cases) {
    const figures = results[exportCase.key] as Figures;
    console.log(row(exportCase.name, figures.pages, figures.ours));
    console.log(row(`  raw pdfkit, plain text (${exportCase.key})`, figures.anchorPages, figures.rawPdfkit));
  }
  for (const exportCase of cases) {
    const figures = results[exportCase.key] as Figures;
    const label = exportCase.key === 'en' ? 'export' : `export ${exportCase.key}`;
    console.log(
      `${label}: ${figures.pagesPerSecond.toFixed(0)} pages/s (target ≥ 100), ${figures.ratio.toFixed(2)}× the time of raw pdfkit (target ≤ 2×), ${(figures.bytes / 1024).toFixed(0)} KiB`,
    );
  }
  const english = results.en as Figures;
  console.log(
    `results: ${writeResults(tiny ? 'export-tiny' : 'export', {
      clauses,
      words: treaty.words,
      ...english,
      languages: { uk: results.uk, parallel: results.parallel },
    })}`,
  );
}
