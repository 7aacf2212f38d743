import 'i18next';
import type vocabulary from '../../../shared/src/tags/vocabularyMessages/en.json';
import type a11y from './locales/en/a11y.json';
import type access from './locales/en/access.json';
import type agreement from './locales/en/agreement.json';
import type common from './locales/en/common.json';
import type editor from './locales/en/editor.json';
import type errors from './locales/en/errors.json';
import type exportMessages from './locales/en/export.json';
import type panel from './locales/en/panel.json';
import type versions from './locales/en/versions.json';
import type views from './locales/en/views.json';

// English is the reference: a key the code uses must exist there (tsc checks it);
// the message check makes the other languages hold the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      errors: typeof errors;
      access: typeof access;
      editor: typeof editor;
      agreement: typeof agreement;
      panel: typeof panel;
      vocabulary: typeof vocabulary;
      versions: typeof versions;
      views: typeof views;
      export: typeof exportMessages;
      a11y: typeof a11y;
    };
  }
}
