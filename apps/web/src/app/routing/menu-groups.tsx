import { AccountBookOutlined, AppstoreOutlined, BarChartOutlined, DatabaseOutlined, InboxOutlined, MonitorOutlined, SettingOutlined, ShoppingCartOutlined, WalletOutlined } from '@ant-design/icons';
import type { MenuGroup } from './types.ts';

/** Top-level menu sections in display order; business modules add theirs above 系统管理. */
export const menuGroups: MenuGroup[] = [
  { key: 'oa', labelKey: 'approval.menu.group', icon: <AppstoreOutlined /> },
  { key: 'procurement', labelKey: 'menu.groups.procurement', icon: <ShoppingCartOutlined /> },
  { key: 'inventory', labelKey: 'menu.groups.inventory', icon: <InboxOutlined /> },
  { key: 'finance', labelKey: 'menu.groups.finance', icon: <AccountBookOutlined /> },
  { key: 'financeCash', labelKey: 'menu.groups.financeCash', icon: <WalletOutlined /> },
  { key: 'financeReports', labelKey: 'menu.groups.financeReports', icon: <BarChartOutlined /> },
  { key: 'masterData', labelKey: 'menu.groups.masterData', icon: <DatabaseOutlined /> },
  { key: 'system', labelKey: 'menu.groups.system', icon: <SettingOutlined /> },
  { key: 'monitor', labelKey: 'menu.groups.monitor', icon: <MonitorOutlined /> },
];
