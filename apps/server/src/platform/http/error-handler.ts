import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { localeFromHeader } from '../i18n/index.ts';
import { AppError } from './app-error.ts';
import { commonErrors } from './common-errors.ts';

interface PgLikeError { code?: string; constraint?: string; column?: string }

const constraintErrors = new Map<string, () => AppError>();

/**
 * Modules name the constraints (and the pseudo-constraints their triggers raise) whose violation
 * has a specific meaning, e.g. `fin_voucher_balanced` → finance.voucher.unbalanced.
 */
export function registerConstraintErrors(map: Record<string, () => AppError>): void {
  for (const [name, factory] of Object.entries(map)) constraintErrors.set(name, factory);
}

/** PostgreSQL error classes the caller can act on; anything else is our bug (500, logged). */
function fromDatabase(err: PgLikeError): AppError | undefined {
  const specific = err.constraint ? constraintErrors.get(err.constraint) : undefined;
  if (specific && (err.code?.startsWith('23') ?? false)) return specific();
  switch (err.code) {
    case '23505': return commonErrors['common.conflict'](undefined, { constraint: err.constraint });
    case '23503': return commonErrors['common.referenced'](undefined, { constraint: err.constraint });
    case '23502':
    case '23514':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
    case '22P05':
    case '22021':
    case '22023':
    case '2201B':
    case '54000': return commonErrors['common.validation'](undefined, { constraint: err.constraint });
    case '42501': return commonErrors['common.forbidden']();
    case '40001':
    case '40P01': return commonErrors['common.conflict']();
    default: return undefined;
  }
}

function databaseErrorOf(error: unknown): PgLikeError | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    const code = (e as PgLikeError).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgLikeError;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const err = error as FastifyError & PgLikeError;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      path: `${err.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`,
      message: v.message,
    }));
    return commonErrors['common.validation'](undefined, details);
  }
  if (err && typeof err.code === 'string') {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return commonErrors['common.payloadTooLarge']();
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return commonErrors['common.unsupportedMediaType']();
    if (err.code.startsWith('FST_ERR_CTP') || err.code === 'FST_ERR_VALIDATION') return commonErrors['common.validation']();
  }
  // Drizzle wraps driver errors (DrizzleQueryError) and keeps the PostgreSQL error as `cause`.
  const dbError = databaseErrorOf(error);
  if (dbError) {
    const mapped = fromDatabase(dbError);
    if (mapped) return mapped;
  }
  if (err && typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    if (err.statusCode === 429) return commonErrors['common.tooManyRequests']();
    return commonErrors['common.validation']();
  }
  return commonErrors['common.internal']();
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const locale = localeFromHeader(request.headers['accept-language']);
  return reply.status(error.status).send({
    error: { code: error.code, message: error.localized(locale), details: error.details ?? null },
  });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, commonErrors['common.routeNotFound']()));
}
