import type { z } from 'zod';
import { i18n } from '../../app/i18n/index.ts';

type Issue = z.core.$ZodIssue;

const textOrigins = new Set(['string']);
const listOrigins = new Set(['array', 'set']);

/**
 * A field error in plain words of the UI language. Contract schemas carry English developer
 * messages (and zod's own wording is technical), so the common cases are phrased here.
 */
export function issueMessage(issue: Issue): string {
  const t = i18n.t.bind(i18n);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (textOrigins.has(issue.origin)) return min <= 1 ? t('form.issues.required') : t('form.issues.minLength', { min });
      if (listOrigins.has(issue.origin)) return t('form.issues.minItems', { min });
      return t('form.issues.min', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (textOrigins.has(issue.origin)) return t('form.issues.maxLength', { max });
      if (listOrigins.has(issue.origin)) return t('form.issues.maxItems', { max });
      return t('form.issues.max', { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return t('form.issues.email');
      if (issue.format === 'url') return t('form.issues.url');
      if (issue.format === 'uuid') return t('form.issues.choice');
      if (issue.format === 'datetime' || issue.format === 'date') return t('form.issues.date');
      // A contract's own pattern message is written in English; in English it is the best hint.
      return i18n.language === 'en-US' && issue.message ? issue.message : t('form.issues.format');
    case 'invalid_value':
      return t('form.issues.choice');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('form.issues.required') : t('form.issues.format');
    default:
      return i18n.language === 'en-US' && issue.message ? issue.message : t('form.issues.format');
  }
}
