import { type AnyExtension, getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Clause } from './Clause.ts';
import { ClauseBody } from './ClauseBody.ts';
import { ClauseHeading } from './ClauseHeading.ts';
import { ClauseText, PreambleText, TitleText } from './LanguageTexts.ts';
import { Preamble } from './Preamble.ts';
import { TreatyDocument } from './TreatyDocument.ts';
import { TreatyTitle } from './TreatyTitle.ts';

/**
 * The nodes and marks of a treaty: our structural nodes plus the rich text a
 * legal text needs (paragraphs, bold, italic, lists, line breaks). Links,
 * code, headings inside bodies and the like are left out on purpose.
 * Shared by the editor and by the server, which reads documents headlessly.
 */
export const treatySchemaExtensions: AnyExtension[] = [
  TreatyDocument,
  TreatyTitle,
  TitleText,
  Preamble,
  PreambleText,
  Clause,
  ClauseText,
  ClauseHeading,
  ClauseBody,
  StarterKit.configure({
    document: false,
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
    trailingNode: false,
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
  }),
];

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of a treaty (built once). */
export function treatySchema(): Schema {
  cachedSchema ??= getSchema(treatySchemaExtensions);
  return cachedSchema;
}
