import type { AppContext } from './app.ts';
import { notificationService } from './platform/notify/index.ts';
import { jobsService } from './platform/jobs/index.ts';

/** A background part of the process (job workers, notification listener, mailer). */
export interface Service {
  name: string;
  start(ctx: AppContext): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background services in start order; stopped in reverse when the app closes.
 */
export function services(): Service[] {
  return [jobsService(), notificationService()];
}
