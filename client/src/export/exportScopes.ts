import type { ExportScope } from '@pactum/shared';
import { i18next } from '../i18n/i18n.ts';

/** What a scope is called as a choice ("Compare two versions"). */
export const scopeLabel = (scope: ExportScope): string => i18next.t(`export:scope.${scope}.label`);

/** What a scope holds, one line under its name. */
export const scopeHint = (scope: ExportScope): string => i18next.t(`export:scope.${scope}.hint`);

/** What a file of that scope is ("Comparison"). */
export const scopeNoun = (scope: ExportScope): string => i18next.t(`export:scope.${scope}.noun`);
