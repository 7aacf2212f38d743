import { describe, expect, it } from 'vitest';
import { compareMessageKeys } from './compareMessageKeys.ts';

const english = {
  saved: 'Saved',
  articles_one: '{{count}} article',
  articles_other: '{{count}} articles',
  by: 'By {{name}}',
};

describe('compareMessageKeys', () => {
  it('accepts a language with every key and the plural forms it needs', () => {
    const ukrainian = {
      saved: 'Збережено',
      articles_one: '{{count}} стаття',
      articles_few: '{{count}} статті',
      articles_many: '{{count}} статей',
      articles_other: '{{count}} статті',
      by: 'Автор: {{name}}',
    };
    expect(compareMessageKeys('common', english, 'uk', ukrainian)).toEqual([]);
  });

  it('names a missing key, a missing plural form, a wrong variable, an extra key and an empty text', () => {
    const problems = compareMessageKeys('common', english, 'uk', {
      articles_one: '{{count}} стаття',
      articles_other: '{{count}} статті',
      by: 'Автор: {{who}}',
      extra: '',
    }).map((problem) => `${problem.key}: ${problem.problem}`);
    expect(problems).toEqual([
      'saved: missing',
      'articles_few: missing plural form "few"',
      'articles_many: missing plural form "many"',
      'by: does not use {{name}}',
      'by: uses {{who}}, which English does not',
      'extra: not in English',
      'extra: empty',
    ]);
  });
});
