// The demo company's books: partners, bank accounts, three months of business and this year's
// budgets. Months are relative (-2 = two months ago, 0 = this month) so the demo looks current
// whenever it is first started; amounts are realistic for a ~50-person technology company.

/** 往来单位; `creditBase` is the first 17 characters of the 统一社会信用代码 (check digit computed). */
export const demoPartners = [
  { code: 'S001', name: '华东钢材贸易有限公司', supplier: true, customer: false, creditBase: '91320500MA1MXN3K7', contact: '周国平', phone: '0512-65823301', address: '江苏省苏州市工业园区星湖街 218 号', terms: 30 },
  { code: 'S002', name: '深圳市鑫达电子有限公司', supplier: true, customer: false, creditBase: '91440300MA5ELR2P4', contact: '林晓峰', phone: '0755-26618890', address: '广东省深圳市南山区科技园南区 12 栋', terms: 45 },
  { code: 'S003', name: '上海申通物流有限公司', supplier: true, customer: false, creditBase: '91310115MA1HB7D08', contact: '顾敏', phone: '021-58369012', address: '上海市浦东新区张江路 1388 号', terms: 30 },
  { code: 'S004', name: '苏州恒通机电设备有限公司', supplier: true, customer: true, creditBase: '91320506MA1Y2QW53', contact: '沈建华', phone: '0512-68796655', address: '江苏省苏州市吴中区东吴北路 99 号', terms: 30 },
  { code: 'C001', name: '杭州云帆智能科技有限公司', supplier: false, customer: true, creditBase: '91330106MA2H4KQ29', contact: '陈思远', phone: '0571-87012345', address: '浙江省杭州市西湖区文三路 478 号', terms: 30 },
  { code: 'C002', name: '北京华信达科技有限公司', supplier: false, customer: true, creditBase: '91110108MA01R6TY3', contact: '赵磊', phone: '010-62589966', address: '北京市海淀区中关村大街 27 号', terms: 60 },
  { code: 'C003', name: '广州明德教育科技有限公司', supplier: false, customer: true, creditBase: '91440101MA59KX8U6', contact: '何静', phone: '020-38865210', address: '广东省广州市天河区体育西路 191 号', terms: 30 },
] as const;

export type DemoPartnerCode = (typeof demoPartners)[number]['code'];

export const demoCashAccounts = [
  { key: 'cmb', name: '招商银行基本户', kind: 'bank', bankName: '招商银行杭州高新支行', accountNo: '5719 0876 5432 101' },
  { key: 'icbc', name: '工商银行一般户', kind: 'bank', bankName: '中国工商银行杭州文三路支行', accountNo: '1202 0212 0900 3356 781' },
  { key: 'cash', name: '库存现金', kind: 'cash', bankName: null, accountNo: null },
] as const;

export type DemoCashKey = (typeof demoCashAccounts)[number]['key'];

interface InvoiceLine { description: string; account: string; quantity: string; price: string; taxRate: string; department?: string }

/** One business event of the demo, in date order within each month. */
export type DemoEvent =
  | { kind: 'voucher'; month: number; day: number; word: 'ji' | 'shou' | 'fu' | 'zhuan'; summary: string; post: boolean;
      lines: { account: string; debit?: string; credit?: string; department?: string; cashFlow?: string; partner?: DemoPartnerCode }[] }
  | { kind: 'invoice'; key: string; month: number; day: number; type: 'receivable' | 'payable'; partner: DemoPartnerCode; summary: string; lines: InvoiceLine[] }
  | { kind: 'payment'; month: number; day: number; direction: 'in' | 'out'; partner: DemoPartnerCode; cash: DemoCashKey; amount: string; category: string; summary: string; settle: { invoice: string; amount: string }[] }
  | { kind: 'close'; month: number };

const salaries = (month: number, day: number) => [
  { kind: 'voucher', month, day, word: 'zhuan', summary: '计提本月工资', post: true, lines: [
    { account: '6602', debit: '118000.00', department: 'GMO' },
    { account: '6601', debit: '66600.00', department: 'SAL' },
    { account: '6602', debit: '62000.00', department: 'TEC' },
    { account: '2211', credit: '246600.00' },
  ] },
  { kind: 'voucher', month, day: day + 2, word: 'fu', summary: '发放本月工资', post: true, lines: [
    { account: '2211', debit: '246600.00' },
    { account: '1002.cmb', credit: '246600.00', cashFlow: 'salaryPayments' },
  ] },
] as const satisfies readonly DemoEvent[];

export const demoFinanceEvents: readonly DemoEvent[] = [
  // Two months ago: the company's capital arrives, stock and equipment are bought, the first sale.
  { kind: 'voucher', month: -2, day: 1, word: 'shou', summary: '收到股东投资款', post: true, lines: [
    { account: '1002.cmb', debit: '3000000.00', cashFlow: 'financingIn' },
    { account: '4001', credit: '3000000.00' },
  ] },
  { kind: 'voucher', month: -2, day: 2, word: 'fu', summary: '购买办公电脑及服务器', post: true, lines: [
    { account: '1601', debit: '56000.00' },
    { account: '22210101', debit: '7280.00' },
    { account: '1002.cmb', credit: '63280.00', cashFlow: 'investingOut' },
  ] },
  { kind: 'invoice', key: 'AP-steel', month: -2, day: 3, type: 'payable', partner: 'S001', summary: '采购冷轧钢板', lines: [
    { description: '冷轧钢板 1.2mm', account: '1403', quantity: '20', price: '4520.00', taxRate: '0.13' },
  ] },
  { kind: 'invoice', key: 'AP-boards', month: -2, day: 8, type: 'payable', partner: 'S002', summary: '采购智能网关主板', lines: [
    { description: '智能网关主板 GW-200', account: '1405', quantity: '500', price: '226.00', taxRate: '0.13' },
  ] },
  { kind: 'invoice', key: 'AR-yunfan', month: -2, day: 15, type: 'receivable', partner: 'C001', summary: '销售智能网关', lines: [
    { description: '智能网关 GW-200', account: '6001', quantity: '200', price: '1130.00', taxRate: '0.13', department: 'SAL' },
  ] },
  { kind: 'voucher', month: -2, day: 15, word: 'zhuan', summary: '结转已售智能网关成本', post: true, lines: [
    { account: '6401', debit: '40000.00' },
    { account: '1405', credit: '40000.00' },
  ] },
  ...salaries(-2, 25),
  { kind: 'payment', month: -2, day: 28, direction: 'in', partner: 'C001', cash: 'cmb', amount: '150000.00', category: 'salesReceipts', summary: '收到云帆智能货款（部分）', settle: [{ invoice: 'AR-yunfan', amount: '150000.00' }] },
  { kind: 'payment', month: -2, day: 29, direction: 'out', partner: 'S001', cash: 'cmb', amount: '90400.00', category: 'purchasePayments', summary: '支付华东钢材货款', settle: [{ invoice: 'AP-steel', amount: '90400.00' }] },
  { kind: 'close', month: -2 },

  // Last month: a larger order from 华信达, travel costs, part of the boards paid.
  { kind: 'invoice', key: 'AR-huaxin', month: -1, day: 6, type: 'receivable', partner: 'C002', summary: '销售智能网关及安装服务', lines: [
    { description: '智能网关 GW-200', account: '6001', quantity: '250', price: '1130.00', taxRate: '0.13', department: 'SAL' },
    { description: '现场安装调试服务', account: '6051', quantity: '1', price: '31800.00', taxRate: '0.06', department: 'TEC' },
  ] },
  { kind: 'voucher', month: -1, day: 6, word: 'zhuan', summary: '结转已售智能网关成本', post: true, lines: [
    { account: '6401', debit: '50000.00' },
    { account: '1405', credit: '50000.00' },
  ] },
  { kind: 'voucher', month: -1, day: 12, word: 'ji', summary: '报销北京出差差旅费（徐明）', post: true, lines: [
    { account: '6601', debit: '3280.00', department: 'SAL' },
    { account: '1001.cash', credit: '3280.00', cashFlow: 'otherOperatingOut' },
  ] },
  { kind: 'voucher', month: -1, day: 14, word: 'fu', summary: '提取备用金', post: true, lines: [
    { account: '1001.cash', debit: '20000.00', cashFlow: 'otherOperatingIn' },
    { account: '1002.cmb', credit: '20000.00', cashFlow: 'otherOperatingOut' },
  ] },
  ...salaries(-1, 25),
  { kind: 'payment', month: -1, day: 20, direction: 'out', partner: 'S002', cash: 'cmb', amount: '60000.00', category: 'purchasePayments', summary: '支付鑫达电子货款（部分）', settle: [{ invoice: 'AP-boards', amount: '60000.00' }] },
  { kind: 'payment', month: -1, day: 26, direction: 'in', partner: 'C001', cash: 'cmb', amount: '76000.00', category: 'salesReceipts', summary: '收到云帆智能尾款', settle: [{ invoice: 'AR-yunfan', amount: '76000.00' }] },
  { kind: 'close', month: -1 },

  // This month: still open — a service sale, a freight bill, and a draft voucher awaiting review.
  { kind: 'invoice', key: 'AR-mingde', month: 0, day: 3, type: 'receivable', partner: 'C003', summary: '教育平台定制开发服务', lines: [
    { description: '教育平台定制开发（一期）', account: '6051', quantity: '1', price: '53000.00', taxRate: '0.06', department: 'TEC' },
  ] },
  { kind: 'invoice', key: 'AP-freight', month: 0, day: 5, type: 'payable', partner: 'S003', summary: '本月物流运费', lines: [
    { description: '华东区配送运费', account: '6601', quantity: '1', price: '10900.00', taxRate: '0.09', department: 'SAL' },
  ] },
  { kind: 'payment', month: 0, day: 8, direction: 'in', partner: 'C002', cash: 'icbc', amount: '200000.00', category: 'salesReceipts', summary: '收到华信达货款（部分）', settle: [{ invoice: 'AR-huaxin', amount: '200000.00' }] },
  { kind: 'voucher', month: 0, day: 10, word: 'ji', summary: '支付办公室本月房租', post: false, lines: [
    { account: '6602', debit: '28000.00', department: 'GMO' },
    { account: '1002.cmb', credit: '28000.00', cashFlow: 'otherOperatingOut' },
  ] },
];

/** Monthly budgets of this year: department × expense account. */
export const demoBudgets = [
  { department: 'SAL', account: '6601', monthly: '75000.00' },
  { department: 'GMO', account: '6602', monthly: '150000.00' },
  { department: 'TEC', account: '6602', monthly: '65000.00' },
] as const;
