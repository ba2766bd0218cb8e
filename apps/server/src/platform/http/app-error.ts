import { format, type Locale, type Localized } from '../i18n/index.ts';

export interface ErrorDefinition {
  status: number;
  message: Localized;
}

const catalog = new Map<string, ErrorDefinition>();

/**
 * A failure the caller can act on: a stable code, an HTTP status and a message in both locales.
 * Thrown anywhere; the HTTP layer turns it into `{ error: { code, message, details } }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly details?: unknown,
    readonly params?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }

  localized(locale: Locale): string {
    const def = catalog.get(this.code);
    return def ? format(def.message[locale], this.params) : this.code;
  }
}

type ErrorFactory = (params?: Record<string, unknown>, details?: unknown) => AppError;

/**
 * Each module declares its errors once (code → status + zh/en message) and gets typed factories:
 * `const errors = defineErrors({ 'org.user.notFound': { status: 404, message: {...} } })`.
 */
export function defineErrors<const T extends Record<string, ErrorDefinition>>(defs: T): { [K in keyof T]: ErrorFactory } {
  const factories = {} as { [K in keyof T]: ErrorFactory };
  for (const [code, def] of Object.entries(defs)) {
    catalog.set(code, def);
    (factories as Record<string, ErrorFactory>)[code] = (params, details) => new AppError(code, def.status, details, params);
  }
  return factories;
}

export function errorMessage(code: string, locale: Locale, params?: Record<string, unknown>): string {
  const def = catalog.get(code);
  return def ? format(def.message[locale], params) : code;
}
