import type { App, AppContext } from '../../app.ts';
import type { Service } from '../../services.ts';
import { configureMailer } from './mailer.ts';
import { NotificationHub } from './notification-hub.ts';
import { registerNotificationRoutes } from './notification.routes.ts';

// One hub per application instance (tests run two in one process to stand in for two servers),
// reachable from its context and from the app it serves.
const hubs = new WeakMap<AppContext | App, NotificationHub>();

function hubOf(ctx: AppContext): NotificationHub {
  let hub = hubs.get(ctx);
  if (!hub) { hub = new NotificationHub(); hubs.set(ctx, hub); }
  return hub;
}

/** Background part: the process's database listener feeding live streams, and the mailer. */
export function notificationService(): Service {
  let hub: NotificationHub | undefined;
  let disposeMailer = () => {};
  return {
    name: 'notifications',
    async start(ctx) {
      disposeMailer = configureMailer(ctx.config);
      hub = hubOf(ctx);
      await hub.start(ctx.database);
    },
    async stop() {
      disposeMailer();
      await hub?.stop();
    },
  };
}

export async function notificationRoutes(app: App, ctx: AppContext): Promise<void> {
  const hub = hubOf(ctx);
  hubs.set(app, hub);
  await registerNotificationRoutes(app, hub);
}

/** The hub of an app instance (tests and health checks look at open streams). */
export function notificationHub(of: AppContext | App): NotificationHub | undefined {
  return hubs.get(of);
}
