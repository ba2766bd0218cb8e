import { lazy } from 'react';
import {
  AuditOutlined, BarChartOutlined, FileAddOutlined, FileSearchOutlined, ImportOutlined, RollbackOutlined,
  SettingOutlined, ShoppingOutlined, TagsOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const order = ['procurement.read', 'procurement.order'] as const;
const receive = ['procurement.read', 'procurement.receive'] as const;
const bill = ['procurement.read', 'procurement.bill'] as const;

/**
 * Procurement (采购): requests (every employee, their own), RFQs and price lists, purchase orders,
 * receipts and returns, supplier bills with the three-way match, supplier performance.
 */
export const procurementModule: WebModule = {
  name: 'procurement',
  routes: [
    { path: '/procurement/requests', component: lazy(() => import('./pages/RequestsPage.tsx')) },
    { path: '/procurement/requests/new', component: lazy(() => import('./pages/RequestFormPage.tsx')) },
    { path: '/procurement/requests/:id/edit', component: lazy(() => import('./pages/RequestFormPage.tsx')) },
    // The requester sees their own; the server answers 403/404 for anybody else's without procurement.read.
    { path: '/procurement/requests/:id', component: lazy(() => import('./pages/RequestPage.tsx')) },
    { path: '/procurement/rfqs', permission: order, component: lazy(() => import('./pages/RfqsPage.tsx')) },
    { path: '/procurement/rfqs/new', permission: 'procurement.order', component: lazy(() => import('./pages/RfqFormPage.tsx')) },
    { path: '/procurement/rfqs/:id', permission: order, component: lazy(() => import('./pages/RfqPage.tsx')) },
    { path: '/procurement/orders', permission: [...order, 'procurement.receive', 'procurement.bill'], component: lazy(() => import('./pages/OrdersPage.tsx')) },
    { path: '/procurement/orders/new', permission: 'procurement.order', component: lazy(() => import('./pages/OrderFormPage.tsx')) },
    { path: '/procurement/orders/:id/edit', permission: 'procurement.order', component: lazy(() => import('./pages/OrderFormPage.tsx')) },
    { path: '/procurement/orders/:id/print', permission: [...order, 'procurement.receive'], component: lazy(() => import('./pages/OrderPrintPage.tsx')) },
    { path: '/procurement/orders/:id', permission: [...order, 'procurement.receive', 'procurement.bill'], component: lazy(() => import('./pages/OrderPage.tsx')) },
    { path: '/procurement/receipts', permission: [...receive, 'procurement.bill'], component: lazy(() => import('./pages/ReceiptsPage.tsx')) },
    { path: '/procurement/receipts/new', permission: 'procurement.receive', component: lazy(() => import('./pages/ReceiptFormPage.tsx')) },
    { path: '/procurement/receipts/:id/print', permission: [...receive, 'procurement.bill'], component: lazy(() => import('./pages/ReceiptPrintPage.tsx')) },
    { path: '/procurement/receipts/:id', permission: [...receive, 'procurement.bill', 'procurement.order'], component: lazy(() => import('./pages/ReceiptPage.tsx')) },
    { path: '/procurement/returns', permission: receive, component: lazy(() => import('./pages/ReturnsPage.tsx')) },
    { path: '/procurement/returns/new', permission: 'procurement.receive', component: lazy(() => import('./pages/ReturnFormPage.tsx')) },
    { path: '/procurement/returns/:id', permission: [...receive, 'procurement.bill', 'procurement.order'], component: lazy(() => import('./pages/ReturnPage.tsx')) },
    { path: '/procurement/bills', permission: bill, component: lazy(() => import('./pages/BillsPage.tsx')) },
    { path: '/procurement/bills/new', permission: 'procurement.bill', component: lazy(() => import('./pages/BillFormPage.tsx')) },
    { path: '/procurement/bills/:id', permission: [...bill, 'finance.payment.request', 'finance.payment.execute'], component: lazy(() => import('./pages/BillPage.tsx')) },
    { path: '/procurement/supplier-prices', permission: order, component: lazy(() => import('./pages/SupplierPricesPage.tsx')) },
    { path: '/procurement/reports/suppliers', permission: order, component: lazy(() => import('./pages/SupplierReportPage.tsx')) },
    { path: '/procurement/settings', permission: 'procurement.settings', component: lazy(() => import('./pages/SettingsPage.tsx')) },
  ],
  menu: [
    { path: '/procurement/requests', labelKey: 'procurement.menu.requests', icon: <FileAddOutlined />, group: 'procurement', quickLink: true },
    { path: '/procurement/rfqs', labelKey: 'procurement.menu.rfqs', icon: <FileSearchOutlined />, permission: order, group: 'procurement' },
    { path: '/procurement/orders', labelKey: 'procurement.menu.orders', icon: <ShoppingOutlined />, permission: [...order, 'procurement.receive'], group: 'procurement' },
    { path: '/procurement/receipts', labelKey: 'procurement.menu.receipts', icon: <ImportOutlined />, permission: receive, group: 'procurement' },
    { path: '/procurement/returns', labelKey: 'procurement.menu.returns', icon: <RollbackOutlined />, permission: receive, group: 'procurement' },
    { path: '/procurement/bills', labelKey: 'procurement.menu.bills', icon: <AuditOutlined />, permission: bill, group: 'procurement' },
    { path: '/procurement/supplier-prices', labelKey: 'procurement.menu.prices', icon: <TagsOutlined />, permission: order, group: 'procurement' },
    { path: '/procurement/reports/suppliers', labelKey: 'procurement.menu.supplierReport', icon: <BarChartOutlined />, permission: order, group: 'procurement' },
    { path: '/procurement/settings', labelKey: 'procurement.menu.settings', icon: <SettingOutlined />, permission: 'procurement.settings', group: 'procurement' },
  ],
  documentRoutes: {
    purchaseRequest: (id) => `/procurement/requests/${id}`,
    purchaseOrder: (id) => `/procurement/orders/${id}`,
    purchaseReceipt: (id) => `/procurement/receipts/${id}`,
    purchaseReturn: (id) => `/procurement/returns/${id}`,
    supplierBill: (id) => `/procurement/bills/${id}`,
    rfq: (id) => `/procurement/rfqs/${id}`,
  },
};
