import { STAMP_PREFIX } from '@pactum/shared';
import { unzipSync } from 'fflate';

const STAMP = new RegExp(`${STAMP_PREFIX}([0-9a-f]{64})`);
/** Where a DOCX keeps its stamp, most telling first: its own custom property, then the core properties, then footers. */
const STAMP_PARTS = [/^docProps\/custom\.xml$/, /^docProps\/core\.xml$/, /^word\/footer\d*\.xml$/];
/** Metadata parts are small; a larger declared size is not one of ours, and is never inflated. */
const MAX_PART_BYTES = 1 << 20;

function stampIn(text: string): string | null {
  return STAMP.exec(text)?.[1] ?? null;
}

function isZip(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The stamp inside a zip (a DOCX), whose parts are deflated and so unreadable as raw bytes. */
function stampInZip(bytes: Buffer): string | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
      filter: (file) =>
        file.originalSize <= MAX_PART_BYTES && STAMP_PARTS.some((part) => part.test(file.name)),
    });
  } catch {
    return null;
  }
  const decoder = new TextDecoder();
  for (const part of STAMP_PARTS) {
    for (const name of Object.keys(parts)
      .filter((key) => part.test(key))
      .sort()) {
      const stamp = stampIn(decoder.decode(parts[name]));
      if (stamp) return stamp;
    }
  }
  return null;
}

/**
 * The stamped hash in an exported file: the PDF's metadata and the Akoma
 * Ntoso XML hold it as plain text; a DOCX is a zip, so its parts are
 * unpacked first.
 */
export function findStamp(bytes: Buffer): string | null {
  return (isZip(bytes) ? stampInZip(bytes) : null) ?? stampIn(bytes.toString('latin1'));
}
