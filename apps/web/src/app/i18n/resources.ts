import { appZhCN } from './locales/zh-CN.ts';
import { appEnUS } from './locales/en-US.ts';
import { orgEnUS, orgZhCN } from '../../modules/org/index.ts';
import { auditEnUS, auditZhCN } from '../../modules/audit/index.ts';
import { integrationEnUS, integrationZhCN } from '../../modules/integration/index.ts';
import { notificationsEnUS, notificationsZhCN } from '../../modules/notifications/index.ts';
import { profileEnUS, profileZhCN } from '../../modules/profile/index.ts';
import { numberingEnUS, numberingZhCN } from '../../modules/numbering/index.ts';
import { approvalEnUS, approvalZhCN } from '../../modules/approval/index.ts';
import { financeLedgerEnUS, financeLedgerZhCN } from '../../modules/finance-ledger/index.ts';
import { financeReportsEnUS, financeReportsZhCN } from '../../modules/finance-reports/index.ts';
import { financeCashEnUS, financeCashZhCN } from '../../modules/finance-cash/index.ts';
import { partnersEnUS, partnersZhCN } from '../../modules/partners/index.ts';
import { catalogEnUS, catalogZhCN } from '../../modules/catalog/index.ts';
import { inventoryEnUS, inventoryZhCN } from '../../modules/inventory/index.ts';
import { procurementEnUS, procurementZhCN } from '../../modules/procurement/index.ts';

/** One translation tree per language: app-wide keys plus one namespace-like branch per module. */
export const resources = {
  'zh-CN': {
    translation: {
      ...appZhCN,
      org: orgZhCN,
      audit: auditZhCN,
      integration: integrationZhCN,
      notifications: notificationsZhCN,
      profile: profileZhCN,
      numbering: numberingZhCN,
      approval: approvalZhCN,
      financeLedger: financeLedgerZhCN,
      financeReports: financeReportsZhCN,
      financeCash: financeCashZhCN,
      partners: partnersZhCN,
      catalog: catalogZhCN,
      inventory: inventoryZhCN,
      procurement: procurementZhCN,
    },
  },
  'en-US': {
    translation: {
      ...appEnUS,
      org: orgEnUS,
      audit: auditEnUS,
      integration: integrationEnUS,
      notifications: notificationsEnUS,
      profile: profileEnUS,
      numbering: numberingEnUS,
      approval: approvalEnUS,
      financeLedger: financeLedgerEnUS,
      financeReports: financeReportsEnUS,
      financeCash: financeCashEnUS,
      partners: partnersEnUS,
      catalog: catalogEnUS,
      inventory: inventoryEnUS,
      procurement: procurementEnUS,
    },
  },
};
