import { registerDocumentRoutes } from '../../shared/chain/index.ts';
import { orgModule } from '../../modules/org/index.ts';
import { auditModule } from '../../modules/audit/index.ts';
import { integrationModule } from '../../modules/integration/index.ts';
import { notificationsModule } from '../../modules/notifications/index.ts';
import { profileModule } from '../../modules/profile/index.ts';
import { numberingModule } from '../../modules/numbering/index.ts';
import { approvalModule } from '../../modules/approval/index.ts';
import { financeLedgerModule } from '../../modules/finance-ledger/index.ts';
import { financeReportsModule } from '../../modules/finance-reports/index.ts';
import { financeCashModule } from '../../modules/finance-cash/index.ts';
import { partnersModule } from '../../modules/partners/index.ts';
import { catalogModule } from '../../modules/catalog/index.ts';
import { inventoryModule } from '../../modules/inventory/index.ts';
import { procurementModule } from '../../modules/procurement/index.ts';
import type { WebModule } from './types.ts';

/** Every web module, in menu order. A new module adds one line here. */
export const webModules: WebModule[] = [
  approvalModule,
  procurementModule,
  inventoryModule,
  financeLedgerModule,
  financeCashModule,
  financeReportsModule,
  partnersModule,
  catalogModule,
  orgModule,
  numberingModule,
  auditModule,
  integrationModule,
  notificationsModule,
  profileModule,
];

for (const module of webModules) {
  if (module.documentRoutes) registerDocumentRoutes(module.documentRoutes);
}
