export { api, buildUrl, setCsrfToken, setApiLanguage, setUnauthorizedHandler, uploadFile } from './client.ts';
export type { Query } from './client.ts';
export { ApiError, isApiError } from './api-error.ts';
export type { FieldIssue } from './api-error.ts';
export { notifyError, setFeedback, feedback } from './feedback.ts';
