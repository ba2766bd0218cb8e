import type { ApprovalDefinition, DefinitionSettings, FormSchema, RequestTypeDefinition } from './contracts.ts';

/**
 * The request types seeded for every new company (editable afterwards in the designer).
 * Roles are named by code (`gm` 总经理, `hr` 人事); named departments are passed in because their
 * ids differ per company: the seed looks them up by code (FIN, PUR, HRA in the demo company).
 */
export interface RequestTypeRefs {
  /** 财务部: its head is the 财务负责人 of purchase requests. */
  financeDepartmentId: string;
  /** 采购部: CC'd on approved purchase requests (they buy). */
  procurementDepartmentId: string;
  /** 人事行政部: its head approves office supplies. */
  adminDepartmentId: string;
}

const settings: DefinitionSettings = { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 };
const start = (fieldPermissions?: Record<string, 'read' | 'edit' | 'hidden'>): ApprovalDefinition['start'] =>
  ({ id: 'start', type: 'start', name: '发起人', ...(fieldPermissions ? { fieldPermissions } : {}) });
const departmentHead = { id: 'dept-head', type: 'approver', name: '部门主管', source: { kind: 'initiatorDepartmentHead', level: 1 }, mode: 'any', timeout: { remindAfterHours: 24 } } as const;
const generalManager = (id: string) => ({ id, type: 'approver', name: '总经理', source: { kind: 'role', roleCode: 'gm' }, mode: 'any' } as const);

const leaveForm: FormSchema = {
  fields: [
    {
      key: 'leaveType', type: 'select', label: '请假类型', labelEn: 'Leave type', required: true,
      options: [
        { value: 'annual', label: '年假', labelEn: 'Annual' }, { value: 'personal', label: '事假', labelEn: 'Personal' },
        { value: 'sick', label: '病假', labelEn: 'Sick' }, { value: 'compensatory', label: '调休', labelEn: 'Time off in lieu' },
        { value: 'marriage', label: '婚假', labelEn: 'Marriage' }, { value: 'maternity', label: '产假', labelEn: 'Maternity' },
        { value: 'paternity', label: '陪产假', labelEn: 'Paternity' }, { value: 'bereavement', label: '丧假', labelEn: 'Bereavement' },
      ],
    },
    { key: 'period', type: 'dateRange', label: '请假时间', labelEn: 'Period', required: true },
    { key: 'days', type: 'number', label: '请假天数', labelEn: 'Working days', unit: '天', compute: { op: 'workingDays', rangeKey: 'period' } },
    { key: 'reason', type: 'text', label: '请假事由', labelEn: 'Reason', required: true, multiline: true, maxLength: 500 },
    { key: 'proof', type: 'attachment', label: '证明材料', labelEn: 'Proof', maxFiles: 9 },
  ],
};

/** 请假: the department head; more than 3 working days adds the 总经理; HR is CC'd for attendance. */
const leave: ApprovalDefinition = {
  schemaVersion: 1, settings, start: start(),
  nodes: [
    departmentHead,
    {
      id: 'leave-days', type: 'condition', name: '请假天数',
      branches: [
        { id: 'leave-long', name: '超过3天', condition: { field: 'days', op: 'gt', value: '3' }, nodes: [generalManager('leave-gm')] },
        { id: 'leave-short', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
    { id: 'leave-cc-hr', type: 'cc', name: '抄送人事', sources: [{ kind: 'role', roleCode: 'hr' }] },
  ],
};

/**
 * Set by the system from finance's budget check when a request (报销, 采购申请) goes over its
 * department's budget; the form has no boolean type, so it is a yes/no choice, absent (= no) unless
 * the system sets it. It stays editable at the start node: a read-only start field could not be set
 * by the system either.
 */
const overBudgetField: FormSchema['fields'][number] = {
  key: 'overBudget', type: 'select', label: '超预算', labelEn: 'Over budget',
  options: [{ value: 'false', label: '否', labelEn: 'No' }, { value: 'true', label: '是', labelEn: 'Yes' }],
};

const expenseForm: FormSchema = {
  fields: [
    {
      key: 'items', type: 'detail', label: '报销明细', labelEn: 'Expense lines', required: true, minRows: 1, maxRows: 50,
      columns: [
        {
          key: 'category', type: 'select', label: '费用类别', labelEn: 'Category', required: true,
          options: [
            { value: 'travel', label: '差旅费', labelEn: 'Travel' }, { value: 'transport', label: '交通费', labelEn: 'Transport' },
            { value: 'meals', label: '餐费', labelEn: 'Meals' }, { value: 'entertainment', label: '业务招待费', labelEn: 'Entertainment' },
            { value: 'office', label: '办公费', labelEn: 'Office' }, { value: 'telecom', label: '通讯费', labelEn: 'Telecom' },
            { value: 'other', label: '其他', labelEn: 'Other' },
          ],
        },
        { key: 'date', type: 'date', label: '发生日期', labelEn: 'Date', required: true },
        { key: 'amount', type: 'money', label: '金额', labelEn: 'Amount', required: true },
        { key: 'note', type: 'text', label: '说明', labelEn: 'Note', maxLength: 200 },
      ],
    },
    { key: 'total', type: 'money', label: '报销总额', labelEn: 'Total', compute: { op: 'sum', detailKey: 'items', columnKey: 'amount' } },
    { key: 'reason', type: 'text', label: '报销事由', labelEn: 'Reason', required: true, multiline: true, maxLength: 500 },
    { key: 'invoices', type: 'attachment', label: '发票', labelEn: 'Invoices', maxFiles: 20 },
    overBudgetField,
  ],
};


/** 报销: department head; above 5,000 or over budget the 总经理; finance checks last (one finance person suffices). */
const expense: ApprovalDefinition = {
  schemaVersion: 1, settings, start: start(),
  nodes: [
    departmentHead,
    {
      id: 'expense-amount', type: 'condition', name: '报销金额',
      branches: [
        {
          id: 'expense-large', name: '超过5000元或超预算',
          condition: { any: [{ field: 'total', op: 'gt', value: '5000' }, { field: 'overBudget', op: 'eq', value: 'true' }] },
          nodes: [generalManager('expense-gm')],
        },
        { id: 'expense-small', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
    {
      id: 'expense-finance', type: 'approver', name: '财务审核', source: { kind: 'role', roleCode: 'finance' }, mode: 'any',
      fieldPermissions: { items: 'edit' }, timeout: { remindAfterHours: 24, action: { kind: 'escalate', afterHours: 72 } },
    },
  ],
};

const purchaseForm: FormSchema = {
  fields: [
    {
      key: 'items', type: 'detail', label: '采购明细', labelEn: 'Items', required: true, minRows: 1, maxRows: 100,
      columns: [
        { key: 'itemName', type: 'text', label: '物品名称', labelEn: 'Item', required: true, maxLength: 100 },
        { key: 'spec', type: 'text', label: '规格型号', labelEn: 'Specification', maxLength: 100 },
        { key: 'quantity', type: 'number', label: '数量', labelEn: 'Quantity', required: true, min: '0.0001' },
        { key: 'unit', type: 'text', label: '单位', labelEn: 'Unit', maxLength: 20 },
        { key: 'unitPrice', type: 'money', label: '预估单价', labelEn: 'Unit price' },
        { key: 'amount', type: 'money', label: '预估金额', labelEn: 'Amount', required: true },
      ],
    },
    { key: 'estimatedAmount', type: 'money', label: '预估总额', labelEn: 'Estimated total', compute: { op: 'sum', detailKey: 'items', columnKey: 'amount' } },
    { key: 'purpose', type: 'text', label: '采购用途', labelEn: 'Purpose', required: true, multiline: true, maxLength: 500 },
    { key: 'expectedDate', type: 'date', label: '期望到货日期', labelEn: 'Needed by' },
    { key: 'budgetCode', type: 'text', label: '预算科目', labelEn: 'Budget line', maxLength: 60 },
    { key: 'attachments', type: 'attachment', label: '附件', labelEn: 'Attachments', maxFiles: 20 },
    overBudgetField,
  ],
};

/** 采购申请: department head → 财务负责人 (assigns the budget line); 50,000 or more, or over budget, adds the 总经理; 采购部 is CC'd. */
const purchase = (refs: RequestTypeRefs): ApprovalDefinition => ({
  schemaVersion: 1, settings, start: start({ budgetCode: 'read' }),
  nodes: [
    departmentHead,
    {
      id: 'purchase-finance', type: 'approver', name: '财务负责人', source: { kind: 'departmentHead', departmentId: refs.financeDepartmentId },
      mode: 'any', fieldPermissions: { budgetCode: 'edit' }, timeout: { remindAfterHours: 24 },
    },
    {
      id: 'purchase-amount', type: 'condition', name: '采购金额',
      branches: [
        {
          id: 'purchase-large', name: '5万元及以上或超预算',
          condition: { any: [{ field: 'estimatedAmount', op: 'gte', value: '50000' }, { field: 'overBudget', op: 'eq', value: 'true' }] },
          nodes: [generalManager('purchase-gm')],
        },
        { id: 'purchase-small', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
    { id: 'purchase-cc', type: 'cc', name: '抄送采购部', sources: [{ kind: 'departmentHead', departmentId: refs.procurementDepartmentId }] },
  ],
});

const suppliesForm: FormSchema = {
  fields: [
    {
      key: 'items', type: 'detail', label: '申领物品', labelEn: 'Items', required: true, minRows: 1, maxRows: 50,
      columns: [
        { key: 'itemName', type: 'text', label: '物品名称', labelEn: 'Item', required: true, maxLength: 100 },
        { key: 'quantity', type: 'number', label: '数量', labelEn: 'Quantity', required: true, min: '1', precision: 0 },
        { key: 'unit', type: 'text', label: '单位', labelEn: 'Unit', maxLength: 20 },
      ],
    },
    { key: 'purpose', type: 'text', label: '用途', labelEn: 'Purpose', maxLength: 200 },
    { key: 'neededBy', type: 'date', label: '需要日期', labelEn: 'Needed by' },
  ],
};

/** 办公用品申领: department head, then the head of 人事行政部 who issues from stock. */
const supplies = (refs: RequestTypeRefs): ApprovalDefinition => ({
  schemaVersion: 1, settings, start: start(),
  nodes: [
    departmentHead,
    { id: 'supplies-admin', type: 'approver', name: '行政审批', source: { kind: 'departmentHead', departmentId: refs.adminDepartmentId }, mode: 'any' },
  ],
});

const generalForm: FormSchema = {
  fields: [
    { key: 'title', type: 'text', label: '申请事项', labelEn: 'Subject', required: true, maxLength: 100 },
    { key: 'content', type: 'text', label: '申请内容', labelEn: 'Details', required: true, multiline: true, maxLength: 2000 },
    { key: 'amount', type: 'money', label: '涉及金额', labelEn: 'Amount' },
    { key: 'attachments', type: 'attachment', label: '附件', labelEn: 'Attachments', maxFiles: 20 },
  ],
};

/** 通用审批: the initiator picks the approvers (发起人自选), who approve one after another. */
const general: ApprovalDefinition = {
  schemaVersion: 1, settings, start: start(),
  nodes: [{ id: 'general-chosen', type: 'approver', name: '审批人', source: { kind: 'initiatorChoice', multiple: true }, mode: 'sequence' }],
};

const cashFlowOptions = [
  { value: 'purchasePayments', label: '采购付款', labelEn: 'Purchases' }, { value: 'salaryPayments', label: '职工薪酬', labelEn: 'Salaries' },
  { value: 'taxPayments', label: '税费', labelEn: 'Taxes' }, { value: 'otherOperatingOut', label: '其他经营支出', labelEn: 'Other operating' },
  { value: 'investingOut', label: '投资支出', labelEn: 'Investing' }, { value: 'financingOut', label: '筹资支出', labelEn: 'Financing' },
  { value: 'salesReceipts', label: '销售收款', labelEn: 'Sales receipts' }, { value: 'taxRefunds', label: '税费返还', labelEn: 'Tax refunds' },
  { value: 'otherOperatingIn', label: '其他经营收入', labelEn: 'Other operating in' }, { value: 'investingIn', label: '投资收入', labelEn: 'Investing in' },
  { value: 'financingIn', label: '筹资收入', labelEn: 'Financing in' },
];

const paymentForm: FormSchema = {
  fields: [
    { key: 'payee', type: 'text', label: '收款单位', labelEn: 'Payee', required: true, maxLength: 200 },
    { key: 'amount', type: 'money', label: '付款金额', labelEn: 'Amount', required: true },
    { key: 'summary', type: 'text', label: '付款事由', labelEn: 'Purpose', required: true, maxLength: 200 },
    { key: 'category', type: 'select', label: '付款类别', labelEn: 'Category', required: true, options: cashFlowOptions },
  ],
};

/**
 * 付款申请 (bound to a finance payment document, submitted from finance): department head →
 * 财务负责人; 50,000 or more adds the 总经理. Approval lets the cashier pay.
 */
const payment = (refs: RequestTypeRefs): ApprovalDefinition => ({
  schemaVersion: 1, settings, start: start(),
  nodes: [
    departmentHead,
    { id: 'payment-finance', type: 'approver', name: '财务负责人', source: { kind: 'departmentHead', departmentId: refs.financeDepartmentId }, mode: 'any', timeout: { remindAfterHours: 24 } },
    {
      id: 'payment-amount', type: 'condition', name: '付款金额',
      branches: [
        { id: 'payment-large', name: '5万元及以上', condition: { field: 'amount', op: 'gte', value: '50000' }, nodes: [generalManager('payment-gm')] },
        { id: 'payment-small', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
  ],
});

const purchaseOrderForm: FormSchema = {
  fields: [
    { key: 'supplier', type: 'text', label: '供应商', labelEn: 'Supplier', required: true, maxLength: 200 },
    { key: 'amount', type: 'money', label: '订单金额（含税）', labelEn: 'Order amount (incl. VAT)', required: true },
    { key: 'summary', type: 'text', label: '采购内容', labelEn: 'What is bought', required: true, maxLength: 500 },
    { key: 'expectedDate', type: 'date', label: '预计到货日期', labelEn: 'Expected date' },
  ],
};

/**
 * 采购订单审批 (bound to a manual purchase order, submitted from procurement): the head of 采购部
 * always; 10,000 or more adds the 财务负责人; 100,000 or more also the 总经理. Approval confirms it.
 */
const purchaseOrderApproval = (refs: RequestTypeRefs): ApprovalDefinition => ({
  schemaVersion: 1, settings, start: start(),
  nodes: [
    { id: 'po-procurement', type: 'approver', name: '采购部负责人', source: { kind: 'departmentHead', departmentId: refs.procurementDepartmentId }, mode: 'any', timeout: { remindAfterHours: 24 } },
    {
      id: 'po-finance-amount', type: 'condition', name: '订单金额',
      branches: [
        { id: 'po-finance', name: '1万元及以上', condition: { field: 'amount', op: 'gte', value: '10000' }, nodes: [{ id: 'po-finance-head', type: 'approver', name: '财务负责人', source: { kind: 'departmentHead', departmentId: refs.financeDepartmentId }, mode: 'any' }] },
        { id: 'po-finance-none', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
    {
      id: 'po-gm-amount', type: 'condition', name: '订单金额',
      branches: [
        { id: 'po-gm', name: '10万元及以上', condition: { field: 'amount', op: 'gte', value: '100000' }, nodes: [generalManager('po-gm-approver')] },
        { id: 'po-gm-none', name: '其他情况', isDefault: true, nodes: [] },
      ],
    },
  ],
});

const voucherForm: FormSchema = {
  fields: [
    { key: 'number', type: 'text', label: '凭证号', labelEn: 'Voucher number', required: true, maxLength: 40 },
    { key: 'amount', type: 'money', label: '金额', labelEn: 'Amount', required: true },
    { key: 'summary', type: 'text', label: '摘要', labelEn: 'Summary', required: true, maxLength: 200 },
  ],
};

/** 凭证审核 (bound to a manual voucher when the company wants them approved): the 财务负责人. */
const voucherReview = (refs: RequestTypeRefs): ApprovalDefinition => ({
  schemaVersion: 1, settings, start: start(),
  nodes: [{ id: 'voucher-finance', type: 'approver', name: '财务负责人', source: { kind: 'departmentHead', departmentId: refs.financeDepartmentId }, mode: 'any' }],
});

export function requestTypes(refs: RequestTypeRefs): RequestTypeDefinition[] {
  return [
    { code: 'leave', name: '请假', nameEn: 'Leave', category: 'hr', formSchema: leaveForm, definition: leave },
    { code: 'expense', name: '报销', nameEn: 'Expense claim', category: 'finance', formSchema: expenseForm, definition: expense },
    { code: 'purchaseRequest', name: '采购申请', nameEn: 'Purchase request', category: 'procurement', formSchema: purchaseForm, definition: purchase(refs) },
    { code: 'suppliesRequest', name: '办公用品申领', nameEn: 'Supplies request', category: 'admin', formSchema: suppliesForm, definition: supplies(refs) },
    { code: 'generalRequest', name: '通用审批', nameEn: 'General request', category: 'general', formSchema: generalForm, definition: general },
    { code: 'financePayment', name: '付款申请', nameEn: 'Payment request', category: 'finance', formSchema: paymentForm, definition: payment(refs) },
    { code: 'purchaseOrder', name: '采购订单审批', nameEn: 'Purchase order approval', category: 'procurement', formSchema: purchaseOrderForm, definition: purchaseOrderApproval(refs) },
    { code: 'financeVoucher', name: '凭证审核', nameEn: 'Voucher review', category: 'finance', formSchema: voucherForm, definition: voucherReview(refs) },
  ];
}
