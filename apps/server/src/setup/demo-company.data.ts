/**
 * The demo company 示例科技有限公司: a small manufacturer and trader with every department the
 * three loops touch, so purchase, sales and service flows have real people to route to.
 */

export const demoTenant = { code: 'demo', name: '示例科技有限公司' } as const;

/** Departments under the company's root department; `head` is a username below. */
export const demoDepartments = [
  { code: 'GMO', name: '总经办', head: 'zhang.wei' },
  { code: 'FIN', name: '财务部', head: 'li.na' },
  { code: 'PUR', name: '采购部', head: 'liu.yang' },
  { code: 'WH', name: '仓储部', head: 'yang.lei' },
  { code: 'MFG', name: '生产部', head: 'huang.qiang' },
  { code: 'SAL', name: '销售部', head: 'wu.xiaoli' },
  { code: 'SVC', name: '客服部', head: 'ma.chao' },
  { code: 'TEC', name: '技术部', head: 'hu.bo' },
  { code: 'HRA', name: '人事行政部', head: 'lin.xue' },
] as const;

export type DemoDepartmentCode = (typeof demoDepartments)[number]['code'];

/** Role codes of the demo company besides the built-in `admin` (系统管理员). */
export type DemoRoleCode = 'gm' | 'manager' | 'staff' | 'finance' | 'financeManager' | 'hr' | 'buyer' | 'warehouse';

export interface DemoRole {
  code: DemoRoleCode;
  name: string;
  description: string;
  dataScope: 'self' | 'department' | 'departmentTree' | 'all';
  permissions: readonly string[];
}

const orgRead = ['org.user.read', 'org.department.read', 'org.position.read'] as const;

export const demoRoles: readonly DemoRole[] = [
  {
    code: 'gm', name: '总经理', description: '查看全公司数据', dataScope: 'all',
    // Plus every `*.read` key of the permission matrix, added when seeding.
    permissions: [...orgRead, 'org.role.read', 'org.user.viewSalary', 'platform.audit.read', 'platform.integration.read'],
  },
  { code: 'manager', name: '部门经理', description: '查看本部门及下级部门', dataScope: 'departmentTree', permissions: orgRead },
  { code: 'staff', name: '普通员工', description: '仅本人数据', dataScope: 'self', permissions: orgRead },
  {
    // 会计 and 出纳: enter vouchers, invoices and payments; posting is the manager's review (审核).
    code: 'finance', name: '财务', description: '财务人员，本部门数据', dataScope: 'department',
    permissions: [
      ...orgRead, 'partner.read', 'partner.manage', 'finance.voucher.read', 'finance.voucher.create', 'finance.report.read',
      'finance.arap.read', 'finance.arap.manage', 'finance.payment.request', 'finance.payment.execute', 'finance.cash.manage', 'finance.budget.read',
      // Supplier bills (三单匹配) are entered by finance.
      'procurement.read', 'procurement.bill', 'catalog.read', 'inventory.read',
    ],
  },
  {
    code: 'financeManager', name: '财务经理', description: '审核过账、结账与预算', dataScope: 'all',
    permissions: [
      'finance.account.manage', 'finance.voucher.post', 'finance.voucher.reverse', 'finance.period.close', 'finance.period.reopen',
      'finance.budget.manage',
    ],
  },
  {
    code: 'buyer', name: '采购员', description: '询价比价、价目表与采购订单', dataScope: 'all',
    permissions: ['catalog.read', 'catalog.manage', 'partner.read', 'procurement.read', 'procurement.order', 'inventory.read'],
  },
  {
    code: 'warehouse', name: '仓管员', description: '入库、退货、调拨与盘点', dataScope: 'all',
    permissions: ['catalog.read', 'inventory.read', 'inventory.move', 'inventory.count', 'inventory.settings', 'procurement.read', 'procurement.receive'],
  },
  {
    code: 'hr', name: '人事', description: '员工档案与薪资', dataScope: 'all',
    permissions: [
      'org.user.read', 'org.user.create', 'org.user.update', 'org.user.disable', 'org.user.resetPassword', 'org.user.viewSalary',
      'org.department.read', 'org.department.manage', 'org.position.read', 'org.position.manage',
    ],
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  department: DemoDepartmentCode;
  position: string;
  /** 月薪 in CNY, a decimal string like every amount. */
  monthlySalary: string;
  roles: readonly DemoRoleCode[];
}

/** Everyone reports to their department head; heads report to the 总经理. */
export const demoUsers: readonly DemoUser[] = [
  { username: 'zhang.wei', displayName: '张伟', department: 'GMO', position: '总经理', monthlySalary: '45000.00', roles: ['gm'] },
  { username: 'li.na', displayName: '李娜', department: 'FIN', position: '财务经理', monthlySalary: '22000.00', roles: ['manager', 'finance', 'financeManager'] },
  { username: 'wang.fang', displayName: '王芳', department: 'FIN', position: '会计', monthlySalary: '9500.00', roles: ['staff', 'finance'] },
  { username: 'zhao.min', displayName: '赵敏', department: 'FIN', position: '出纳', monthlySalary: '8000.00', roles: ['staff', 'finance'] },
  { username: 'liu.yang', displayName: '刘洋', department: 'PUR', position: '采购经理', monthlySalary: '18000.00', roles: ['manager', 'buyer'] },
  { username: 'chen.jing', displayName: '陈静', department: 'PUR', position: '采购专员', monthlySalary: '8500.00', roles: ['staff', 'buyer'] },
  { username: 'yang.lei', displayName: '杨磊', department: 'WH', position: '仓库主管', monthlySalary: '12000.00', roles: ['manager', 'warehouse'] },
  { username: 'huang.qiang', displayName: '黄强', department: 'MFG', position: '生产经理', monthlySalary: '20000.00', roles: ['manager'] },
  { username: 'zhou.jie', displayName: '周杰', department: 'MFG', position: '生产计划员', monthlySalary: '9000.00', roles: ['staff'] },
  { username: 'wu.xiaoli', displayName: '吴晓丽', department: 'SAL', position: '销售经理', monthlySalary: '20000.00', roles: ['manager'] },
  { username: 'xu.ming', displayName: '徐明', department: 'SAL', position: '销售代表', monthlySalary: '9000.00', roles: ['staff'] },
  { username: 'sun.li', displayName: '孙丽', department: 'SAL', position: '销售代表', monthlySalary: '8800.00', roles: ['staff'] },
  { username: 'ma.chao', displayName: '马超', department: 'SVC', position: '客服主管', monthlySalary: '11000.00', roles: ['manager'] },
  { username: 'zhu.ting', displayName: '朱婷', department: 'SVC', position: '客服专员', monthlySalary: '6500.00', roles: ['staff'] },
  { username: 'hu.bo', displayName: '胡波', department: 'TEC', position: '技术经理', monthlySalary: '30000.00', roles: ['manager'] },
  { username: 'guo.peng', displayName: '郭鹏', department: 'TEC', position: '工程师', monthlySalary: '20000.00', roles: ['staff'] },
  { username: 'lin.xue', displayName: '林雪', department: 'HRA', position: '人事行政经理', monthlySalary: '16000.00', roles: ['manager', 'hr'] },
];

export const demoEmail = (username: string) => `${username}@demo.triad.local`;
