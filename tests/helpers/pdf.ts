import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes `bytes` to a temporary .pdf and returns its path. */
export function tempPdf(bytes: Uint8Array, name = 'export.pdf'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-pdf-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The text of a PDF as poppler's pdftotext reads it (reading order, no layout). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** `pdffonts` rows: name, type and whether each font is embedded. */
export async function pdfFonts(bytes: Uint8Array): Promise<Array<{ name: string; embedded: boolean }>> {
  const { stdout } = await run('pdffonts', [tempPdf(bytes)]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: emb is the 5th field from the end.
      return { name: columns[0] as string, embedded: columns.at(-5) === 'yes' };
    });
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { stdout } = await run('pdfinfo', [tempPdf(bytes)]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** The text of a PDF laid out as on the page (`pdftotext -layout`): columns side by side on one line. */
export async function pdfLayoutText(bytes: Uint8Array): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', tempPdf(bytes), '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
