import type { Messages } from '../../../app/i18n/index.ts';
import type { numberingZhCN } from './zh-CN.ts';

export const numberingEnUS: Messages<typeof numberingZhCN> = {
  menu: 'Numbering rules',
  title: 'Document numbering rules',
  intro: 'A document number is a prefix, a date and a counter, e.g. PR-202611-0001; the date format also decides whether the counter restarts yearly, monthly or daily.',
  docType: 'Document type',
  prefix: 'Prefix',
  prefixHelp: '1–8 upper-case letters or digits',
  datePattern: 'Date format',
  padding: 'Counter digits',
  separator: 'Separator',
  configured: 'Source',
  custom: 'Customized',
  builtIn: 'Default',
  example: 'Next number (example)',
  preview: 'Preview',
  edit: 'Edit numbering rule',
  patterns: {
    none: 'No date (counter never restarts)',
    YYYY: 'Year (YYYY, restarts yearly)',
    YYYYMM: 'Year and month (YYYYMM, restarts monthly)',
    YYYYMMDD: 'Full date (YYYYMMDD, restarts daily)',
  },
  separators: {
    dash: 'Dash -',
    none: 'None',
    slash: 'Slash /',
    underscore: 'Underscore _',
  },
};
