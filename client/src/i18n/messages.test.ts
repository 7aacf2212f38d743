import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMessageKeys } from './check/compareMessageKeys.ts';
import { findUntranslated } from './check/findUntranslated.ts';
import { NAMESPACES } from './i18n.ts';
import { INTERFACE_LANGUAGES } from './languages.ts';

const clientSource = path.resolve(import.meta.dirname, '..');
const localesDir = path.join(import.meta.dirname, 'locales');

// Tests and their fixtures are not read by people; the checker's own examples are not either.
const isInterfaceSource = (file: string) =>
  /\.(ts|tsx)$/.test(file) && !/(\.test\.|Fixture\.ts$|\.d\.ts$|^i18n\/check\/)/.test(file);

// The tag vocabulary is shared with the exports (shared/src/tags/vocabularyMessages).
const vocabularyDir = path.resolve(import.meta.dirname, '../../../shared/src/tags/vocabularyMessages');
const messageFile = (language: string, namespace: string) =>
  namespace === 'vocabulary'
    ? path.join(vocabularyDir, `${language}.json`)
    : path.join(localesDir, language, `${namespace}.json`);
const readMessages = (language: string, namespace: string) =>
  JSON.parse(fs.readFileSync(messageFile(language, namespace), 'utf8'));

describe('interface messages', () => {
  it('every string a person reads is in the message files', () => {
    const files = fs.readdirSync(clientSource, { recursive: true }).map(String).filter(isInterfaceSource);
    const found = files.flatMap((file) =>
      findUntranslated(file, fs.readFileSync(path.join(clientSource, file), 'utf8')).map(
        (untranslated) => `${untranslated.file}:${untranslated.line}: ${untranslated.text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('every language holds the keys, plural forms and variables of English', () => {
    const problems = INTERFACE_LANGUAGES.filter((language) => language.code !== 'en').flatMap((language) =>
      NAMESPACES.flatMap((namespace) =>
        compareMessageKeys(
          namespace,
          readMessages('en', namespace),
          language.code,
          readMessages(language.code, namespace),
        ).map((problem) => `${problem.language}/${problem.namespace}: ${problem.key} ${problem.problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('there is a message file for every language and namespace, and no other', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const files = fs.readdirSync(path.join(localesDir, language.code)).sort();
      const inLocales = NAMESPACES.filter((namespace) => namespace !== 'vocabulary');
      expect(files).toEqual(inLocales.map((namespace) => `${namespace}.json`).sort());
      expect(fs.existsSync(messageFile(language.code, 'vocabulary'))).toBe(true);
    }
  });
});
