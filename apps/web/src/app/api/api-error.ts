/** One `{ path, message }` item of a 400 answer's `details`, mapped back onto form fields. */
export interface FieldIssue {
  path: Array<string | number>;
  message: string;
}

const requestParts = new Set(['body', 'querystring', 'params', 'headers']);

/** A failed API call carrying the server's stable error code and localized message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field-level problems, if the server sent them as `[{ path, message }]`. */
  fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    const issues: FieldIssue[] = [];
    for (const item of this.details as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const rawPath = (item as { path?: unknown }).path;
      const message = (item as { message?: unknown }).message;
      if (typeof message !== 'string') continue;
      const path = Array.isArray(rawPath)
        ? rawPath.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
        : typeof rawPath === 'string' ? rawPath.split('.').filter(Boolean) : [];
      // The server prefixes where the problem was found (`body.email`); forms only know `email`.
      if (typeof path[0] === 'string' && requestParts.has(path[0])) path.shift();
      issues.push({ path, message });
    }
    return issues;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
