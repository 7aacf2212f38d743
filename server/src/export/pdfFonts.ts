import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ttfDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * Embedded TrueType fonts (DejaVu: Latin and Cyrillic). Nothing is fetched
 * at render time and no font of the host is used.
 */
export const PDF_FONTS = {
  regular: path.join(ttfDir, 'DejaVuSerif.ttf'),
  bold: path.join(ttfDir, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(ttfDir, 'DejaVuSerif-Italic.ttf'),
  boldItalic: path.join(ttfDir, 'DejaVuSerif-BoldItalic.ttf'),
  sans: path.join(ttfDir, 'DejaVuSans.ttf'),
} as const;
export type PdfFont = keyof typeof PDF_FONTS;
