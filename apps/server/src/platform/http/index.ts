export { AppError, defineErrors, errorMessage } from './app-error.ts';
export type { ErrorDefinition } from './app-error.ts';
export { commonErrors } from './common-errors.ts';
export { installErrorHandler, toAppError, sendError, registerConstraintErrors } from './error-handler.ts';
export { idempotencyKeys } from './idempotency.table.ts';
export { keysetPage } from './keyset-page.ts';
export type { ListSpec, KeysetPlan } from './keyset-page.ts';
export { installIdempotency, requestFingerprint, idempotencyHeader, replayedHeader } from './idempotency.hook.ts';
