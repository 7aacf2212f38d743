import { TagInputError, type TagInputProblem } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/** One schema issue, as shared's tag writes and schemas report it. */
export type SchemaIssue = Extract<TagInputProblem, { kind: 'issue' }>['issue'];

const HOURS_FIELDS = new Set(['consultationHours', 'assistanceHours']);

/** The last name of a dotted path: `verifier.name` → `name`. */
const lastOf = (path: string) => path.split('.').at(-1) ?? path;

/** A field named in the interface language ("quantity"); a path the namespace does not know stands for itself. */
export function fieldName(path: string): string {
  const key = `vocabulary:field.${path.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return i18next.exists(key) ? i18next.t(key as 'vocabulary:field.party') : path;
}

/** Why a value was refused, in the interface language, from the issue's code and limits ("must be at most 40 characters"). */
export function issueReason(
  issue: SchemaIssue,
  path: string | null = issue.path.map(String).join('.'),
): string {
  const t = i18next.t;
  const field = path ? lastOf(path) : '';
  const hours = HOURS_FIELDS.has(field);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int')
        return t(hours ? 'vocabulary:problem.notWholeHours' : 'vocabulary:problem.notWhole');
      if (issue.expected === 'number')
        return t(hours ? 'vocabulary:problem.notNumberOfHours' : 'vocabulary:problem.notNumber');
      return t('vocabulary:problem.invalid');
    case 'too_small':
      if (issue.origin === 'string') return t('vocabulary:problem.empty');
      if (Number(issue.minimum) === 0) return t('vocabulary:problem.negative');
      return t('vocabulary:problem.atLeast', { minimum: Number(issue.minimum) });
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return t('vocabulary:problem.atMostCharacters', { count: maximum });
      if (hours) return t('vocabulary:problem.atMostHours', { count: maximum });
      return t('vocabulary:problem.atMost', { maximum });
    }
    case 'invalid_format':
      if (field === 'party' || field === 'code') return t('vocabulary:problem.partyCode');
      if (field === 'domain' || field === 'key') return t('vocabulary:problem.domainKey');
      if (field === 'color') return t('vocabulary:problem.color');
      return t('vocabulary:problem.invalid');
    case 'invalid_value':
      return t('vocabulary:problem.notListed');
    default:
      return t('vocabulary:problem.invalid');
  }
}

/** "quantity must not be negative": the field and why, in the interface language. */
export function fieldProblem(path: string, reason: string): string {
  return i18next.t('vocabulary:fieldProblem', { field: fieldName(path), reason });
}

/** A schema issue as one message naming its field ("name must not be empty"). */
export function issueMessage(issue: SchemaIssue): string {
  const path = issue.path.map(String).join('.');
  const reason = issueReason(issue, path);
  return path ? fieldProblem(path, reason) : reason;
}

/** What a refused tag write was about: its field (if one), the reason alone, and the whole message. */
export interface WriteProblem {
  field: string | null;
  reason: string;
  message: string;
}

function reasonOf(error: TagInputError): string {
  const { problem } = error;
  switch (problem.kind) {
    case 'issue':
      return issueReason(problem.issue, error.field);
    case 'unknown-domain':
      return i18next.t('vocabulary:problem.unknownDomain', { key: problem.key });
    case 'default-domain':
      return i18next.t('vocabulary:problem.defaultDomain', { key: problem.key });
    case 'commitment-removed':
      return i18next.t('vocabulary:problem.commitmentRemoved');
    default:
      return i18next.t('vocabulary:problem.invalid');
  }
}

/** Runs a tag write; returns null when it went through, or what was refused, worded in the interface language. */
export function writeProblem(write: () => void): WriteProblem | null {
  try {
    write();
    return null;
  } catch (error) {
    if (!(error instanceof TagInputError)) throw error;
    const reason = reasonOf(error);
    return {
      field: error.field,
      reason,
      message: error.field ? fieldProblem(error.field, reason) : reason,
    };
  }
}

/**
 * Runs a tag write; returns null when it went through, or what to show next
 * to the field: just the reason when the error is about `field` itself,
 * otherwise the whole message ("quantity must not be negative").
 */
export function writeResult(write: () => void, field?: string): string | null {
  const problem = writeProblem(write);
  if (!problem) return null;
  return field !== undefined && problem.field === field ? problem.reason : problem.message;
}
