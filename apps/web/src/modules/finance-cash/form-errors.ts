import type { FormInstance } from 'antd';
import { isApiError } from '../../app/api/index.ts';

/**
 * Puts a rejected save's field-level problems (`details: [{ path, message }]`) under the fields
 * they belong to; the global handler has already shown the overall message.
 */
export function applyServerIssues(form: FormInstance, error: unknown): void {
  if (!isApiError(error)) return;
  const issues = error.fieldIssues().filter((i) => i.path.length > 0);
  if (issues.length > 0) form.setFields(issues.map((i) => ({ name: i.path, errors: [i.message] })));
}
