import type { App, AppContext } from './app.ts';
import { notificationRoutes } from './platform/notify/index.ts';
import { registerAuthRoutes } from './platform/auth/index.ts';
import { auditRoutes } from './platform/audit/index.ts';
import { numberingRoutes } from './platform/numbering/index.ts';
import { linksRoutes } from './platform/links/index.ts';
import { registerOrgRoutes } from './modules/org/index.ts';
import { registerApprovalRoutes } from './modules/approval/index.ts';
import { registerFinanceRoutes } from './modules/finance/index.ts';
import { registerPartnersRoutes } from './modules/partners/index.ts';
import { registerCatalogRoutes } from './modules/catalog/index.ts';
import { registerInventoryRoutes } from './modules/inventory/index.ts';
import { registerProcurementRoutes } from './modules/procurement/index.ts';
// The loops are event handlers between modules; importing them registers the handlers.
import './flows/procure-to-pay/index.ts';
import { integrationRoutes } from './platform/webhooks/index.ts';
import { filesRoutes } from './platform/files/index.ts';

/**
 * Every module and platform service that answers HTTP registers here, in one readable list.
 */
export async function registerRoutes(app: App, ctx: AppContext): Promise<void> {
  void app;
  void ctx;
  await notificationRoutes(app, ctx);
  await registerAuthRoutes(app, { cookieSecure: ctx.config.cookieSecure });
  await auditRoutes(app);
  await numberingRoutes(app);
  await linksRoutes(app);
  await registerOrgRoutes(app);
  await registerApprovalRoutes(app);
  await registerPartnersRoutes(app);
  await registerFinanceRoutes(app);
  await registerCatalogRoutes(app);
  await registerInventoryRoutes(app);
  await registerProcurementRoutes(app);
  await integrationRoutes(app, ctx);
  await filesRoutes(app);
}
