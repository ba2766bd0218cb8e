import type { App, AppContext } from './app.ts';

/**
 * Every module and platform service that answers HTTP registers here, in one readable list.
 */
export async function registerRoutes(app: App, ctx: AppContext): Promise<void> {
  void app;
  void ctx;
}
