import type { App } from 'antd';
import { isApiError } from './api-error.ts';

/**
 * antd's context-aware message/notification instances, captured once by <FeedbackBridge/> so
 * non-React code (the query cache's error hook) can show server messages in the right locale/theme.
 */
type AppApi = ReturnType<typeof App.useApp>;
type MessageInstance = AppApi['message'];
type NotificationInstance = AppApi['notification'];

interface Feedback {
  message: MessageInstance | null;
  notification: NotificationInstance | null;
}

export const feedback: Feedback = { message: null, notification: null };

export function setFeedback(message: MessageInstance, notification: NotificationInstance): void {
  feedback.message = message;
  feedback.notification = notification;
}

/** Show a failed call's server message; 401s are handled by the redirect to /login instead. */
export function notifyError(error: unknown, fallback: string): void {
  if (isApiError(error) && error.status === 401) return;
  const text = error instanceof Error && error.message ? error.message : fallback;
  feedback.message?.error(text);
}
