import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';

// The ledger's tables. Invariants that must hold whatever the application does (balanced posted
// vouchers, no posting into a closed period, posted vouchers immutable, period balances equal to
// the posted lines) are enforced by the triggers of migration 0005_finance_rules.sql.

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
/** Amounts: exact, two decimals (CNY fen). */
const amount = (name: string) => numeric(name, { precision: 18, scale: 2 });
/** Running totals over many lines get more integer digits. */
const total = (name: string) => numeric(name, { precision: 20, scale: 2 });

export const accountCategories = ['asset', 'liability', 'common', 'equity', 'cost', 'profitLoss'] as const;
export const dimensionKeys = ['partner', 'department', 'employee', 'project', 'item'] as const;

/** 会计科目: the PRC chart; sub-accounts (code = parent code + 2 digits) are editable. */
export const finAccounts = pgTable('fin_accounts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  level: integer('level').notNull(),
  category: text('category', { enum: accountCategories }).notNull(),
  /** 余额方向: the side on which the balance is normally carried. */
  direction: text('direction', { enum: ['debit', 'credit'] }).notNull(),
  /** Only leaf accounts take voucher lines; a parent's figures are its children's sum. */
  isLeaf: boolean('is_leaf').notNull().default(true),
  /** 辅助核算 every line on this account must carry. */
  dimensions: jsonb('dimensions').$type<(typeof dimensionKeys)[number][]>().notNull().default([]),
  /** Cash and bank accounts (库存现金, 银行存款 and their children): journals and cash flow. */
  isCash: boolean('is_cash').notNull().default(false),
  /** Seeded from the standard chart: code and category cannot be changed. */
  isSystem: boolean('is_system').notNull().default(false),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('fin_accounts_tenant_code').on(t.tenantId, t.code),
  index('fin_accounts_parent').on(t.tenantId, t.parentId),
]);

/** 会计期间: one row per month (period = YYYYMM); posting needs the period open. */
export const finPeriods = pgTable('fin_periods', {
  tenantId: tenantId(),
  period: integer('period').notNull(),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  closedAt: at('closed_at'),
  closedBy: uuid('closed_by'),
  /** Set once the year-end closing voucher of a December period is posted. */
  yearEndVoucherId: uuid('year_end_voucher_id'),
}, (t) => [
  primaryKey({ name: 'fin_periods_pk', columns: [t.tenantId, t.period] }),
  check('fin_periods_valid', sql`${t.period} % 100 between 1 and 12 and ${t.period} between 190001 and 299912`),
]);

export const voucherWords = ['ji', 'shou', 'fu', 'zhuan'] as const;
export const voucherStatuses = ['draft', 'pendingApproval', 'posted'] as const;

/** 凭证. Number = word + sequence within the period (记-0001). Corrected by reversal, never edited once posted. */
export const finVouchers = pgTable('fin_vouchers', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  period: integer('period').notNull(),
  word: text('word', { enum: voucherWords }).notNull(),
  seq: integer('seq').notNull(),
  /** Display number, e.g. 记-0001 (period shown beside it). */
  number: text('number').notNull(),
  voucherDate: date('voucher_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: voucherStatuses }).notNull().default('draft'),
  summary: text('summary').notNull(),
  totalDebit: amount('total_debit').notNull().default('0'),
  totalCredit: amount('total_credit').notNull().default('0'),
  attachmentCount: integer('attachment_count').notNull().default(0),
  /** The business document that produced it (posting API); null for manual vouchers. */
  sourceType: text('source_type'),
  sourceId: text('source_id'),
  sourceNumber: text('source_number'),
  /** 红字冲销: this voucher reverses that one (same lines, negated amounts). */
  reversalOfId: uuid('reversal_of_id'),
  reversedById: uuid('reversed_by_id'),
  /** Period-end closing vouchers (结转损益) are marked so the period close can find them. */
  closingKind: text('closing_kind', { enum: ['profitLoss', 'yearEnd'] }),
  approvalInstanceId: uuid('approval_instance_id'),
  createdBy: uuid('created_by'),
  postedBy: uuid('posted_by'),
  postedAt: at('posted_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('fin_vouchers_number').on(t.tenantId, t.period, t.word, t.seq),
  // One voucher per source document: the posting API is idempotent even under concurrent retries.
  uniqueIndex('fin_vouchers_source').on(t.tenantId, t.sourceType, t.sourceId)
    .where(sql`source_id is not null and reversal_of_id is null`),
  uniqueIndex('fin_vouchers_one_reversal').on(t.reversalOfId).where(sql`reversal_of_id is not null`),
  index('fin_vouchers_period').on(t.tenantId, t.period, t.status),
  index('fin_vouchers_date').on(t.tenantId, t.voucherDate, t.id),
]);

/** One voucher line: exactly one side non-zero; negative only on red-ink reversals. */
export const finVoucherLines = pgTable('fin_voucher_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  voucherId: uuid('voucher_id').notNull().references(() => finVouchers.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  summary: text('summary').notNull(),
  accountId: uuid('account_id').notNull().references(() => finAccounts.id),
  debit: amount('debit').notNull().default('0'),
  credit: amount('credit').notNull().default('0'),
  /** Copied from the voucher so ledgers read lines without a join. */
  period: integer('period').notNull(),
  voucherDate: date('voucher_date', { mode: 'string' }).notNull(),
  /** True once the voucher is posted (maintained by the posting trigger). */
  posted: boolean('posted').notNull().default(false),
  // 辅助核算
  partnerId: uuid('partner_id'),
  departmentId: uuid('department_id'),
  employeeId: uuid('employee_id'),
  projectId: uuid('project_id'),
  itemId: uuid('item_id'),
  /** VAT lines carry their rate (0.13, 0.09, 0.06, 0) for the VAT summary. */
  taxRate: numeric('tax_rate', { precision: 5, scale: 4 }),
  /** Cash-flow category of lines on cash accounts (销售商品收到的现金…). */
  cashFlowCategory: text('cash_flow_category'),
}, (t) => [
  check('fin_voucher_lines_one_side', sql`(${t.debit} = 0) <> (${t.credit} = 0)`),
  unique('fin_voucher_lines_no').on(t.voucherId, t.lineNo),
  index('fin_voucher_lines_account').on(t.tenantId, t.accountId, t.period, t.voucherDate),
  index('fin_voucher_lines_partner').on(t.tenantId, t.partnerId, t.accountId).where(sql`partner_id is not null`),
  index('fin_voucher_lines_department').on(t.tenantId, t.departmentId, t.accountId, t.period).where(sql`department_id is not null`),
]);

/**
 * Period balances: posted debit and credit per account per period, kept by the posting trigger so
 * reports read (accounts × periods) rows instead of every line ever posted.
 */
export const finAccountBalances = pgTable('fin_account_balances', {
  tenantId: tenantId(),
  accountId: uuid('account_id').notNull().references(() => finAccounts.id),
  period: integer('period').notNull(),
  debit: total('debit').notNull().default('0'),
  credit: total('credit').notNull().default('0'),
}, (t) => [primaryKey({ name: 'fin_account_balances_pk', columns: [t.tenantId, t.accountId, t.period] })]);

/** 项目 for the project dimension (辅助核算). */
export const finProjects = pgTable('fin_projects', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
}, (t) => [unique('fin_projects_tenant_code').on(t.tenantId, t.code)]);

/**
 * Posting rules: which account a document's line role goes to, most specific match first
 * (document type + role, narrowed by item category and/or partner).
 */
export const finPostingRules = pgTable('fin_posting_rules', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  documentType: text('document_type').notNull(),
  role: text('role').notNull(),
  itemCategory: text('item_category'),
  partnerId: uuid('partner_id'),
  accountId: uuid('account_id').notNull().references(() => finAccounts.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('fin_posting_rules_match').on(t.tenantId, t.documentType, t.role, sql`coalesce(item_category, '')`, sql`coalesce(partner_id, '00000000-0000-0000-0000-000000000000'::uuid)`),
]);

/** Tenant finance settings: budget control mode, whether manual vouchers need approval. */
export const finSettings = pgTable('fin_settings', {
  tenantId: tenantId().primaryKey(),
  manualVoucherApproval: boolean('manual_voucher_approval').notNull().default(false),
  budgetControl: text('budget_control', { enum: ['off', 'warn', 'block', 'approval'] }).notNull().default('warn'),
  updatedAt: updatedAt(),
});

/**
 * 应收/应付 open items: one per invoice or bill (or other receivable/payable), settled by receipts
 * and payments. The database keeps 0 ≤ settled ≤ amount.
 */
export const finOpenItems = pgTable('fin_open_items', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  kind: text('kind', { enum: ['receivable', 'payable'] }).notNull(),
  partnerId: uuid('partner_id').notNull(),
  sourceType: text('source_type').notNull(),
  sourceId: text('source_id').notNull(),
  sourceNumber: text('source_number').notNull(),
  documentDate: date('document_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  amount: amount('amount').notNull(),
  settled: amount('settled').notNull().default('0'),
  status: text('status', { enum: ['open', 'partial', 'settled'] }).notNull().default('open'),
  voucherId: uuid('voucher_id'),
  summary: text('summary'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  check('fin_open_items_settled_range', sql`${t.amount} > 0 and ${t.settled} >= 0 and ${t.settled} <= ${t.amount}`),
  unique('fin_open_items_source').on(t.tenantId, t.kind, t.sourceType, t.sourceId),
  index('fin_open_items_partner').on(t.tenantId, t.kind, t.partnerId, t.status),
  index('fin_open_items_due').on(t.tenantId, t.kind, t.status, t.dueDate),
]);

/** 应收单/应付单 entered in finance (other receivables/payables, service invoices). */
export const finInvoices = pgTable('fin_invoices', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  kind: text('kind', { enum: ['receivable', 'payable'] }).notNull(),
  number: text('number').notNull(),
  partnerId: uuid('partner_id').notNull(),
  documentDate: date('document_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  /** Whether entered prices include VAT (含税) or not. */
  taxInclusive: boolean('tax_inclusive').notNull().default(true),
  lines: jsonb('lines').$type<{ description: string; accountId: string; quantity: string; price: string; taxRate: string; net: string; tax: string; gross: string; departmentId?: string | null }[]>().notNull(),
  netAmount: amount('net_amount').notNull(),
  taxAmount: amount('tax_amount').notNull(),
  grossAmount: amount('gross_amount').notNull(),
  status: text('status', { enum: ['posted', 'cancelled'] }).notNull().default('posted'),
  voucherId: uuid('voucher_id'),
  summary: text('summary'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [unique('fin_invoices_number').on(t.tenantId, t.number)]);

/** 银行/现金账户: each maps to a leaf ledger account under 1001 or 1002. */
export const finCashAccounts = pgTable('fin_cash_accounts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['cash', 'bank'] }).notNull(),
  bankName: text('bank_name'),
  accountNo: text('account_no'),
  ledgerAccountId: uuid('ledger_account_id').notNull().references(() => finAccounts.id),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
}, (t) => [unique('fin_cash_accounts_ledger').on(t.tenantId, t.ledgerAccountId)]);

export const paymentStatuses = ['draft', 'pendingApproval', 'approved', 'rejected', 'executed', 'cancelled'] as const;

/**
 * 付款单 (direction out: a payment request, approvable, then executed) and 收款单 (direction in).
 * Execution posts the voucher and settles the allocated open items.
 */
export const finPayments = pgTable('fin_payments', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  direction: text('direction', { enum: ['in', 'out'] }).notNull(),
  number: text('number').notNull(),
  partnerId: uuid('partner_id'),
  /** Payee/payer shown when no partner (employee reimbursement, tax office). */
  counterpartyName: text('counterparty_name'),
  cashAccountId: uuid('cash_account_id').references(() => finCashAccounts.id),
  amount: amount('amount').notNull(),
  paymentDate: date('payment_date', { mode: 'string' }).notNull(),
  /** Cash-flow category (see contracts `cashFlowCategories`). */
  category: text('category').notNull(),
  /** Ledger account of the other side when nothing is allocated (e.g. 2241 其他应付款); defaults by direction. */
  counterAccountId: uuid('counter_account_id'),
  status: text('status', { enum: paymentStatuses }).notNull().default('draft'),
  summary: text('summary').notNull(),
  allocations: jsonb('allocations').$type<{ openItemId: string; amount: string }[]>().notNull().default([]),
  /** The upstream document a payment request was raised from (a supplier bill). */
  sourceType: text('source_type'),
  sourceId: text('source_id'),
  sourceNumber: text('source_number'),
  voucherId: uuid('voucher_id'),
  approvalInstanceId: uuid('approval_instance_id'),
  requestedBy: uuid('requested_by'),
  executedBy: uuid('executed_by'),
  executedAt: at('executed_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  check('fin_payments_positive', sql`${t.amount} > 0`),
  unique('fin_payments_number').on(t.tenantId, t.number),
  index('fin_payments_status').on(t.tenantId, t.direction, t.status, t.paymentDate),
]);

/** 核销: how much of a payment or receipt settled which open item. */
export const finSettlements = pgTable('fin_settlements', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  openItemId: uuid('open_item_id').notNull().references(() => finOpenItems.id),
  paymentId: uuid('payment_id').references(() => finPayments.id),
  amount: amount('amount').notNull(),
  settledOn: date('settled_on', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  check('fin_settlements_positive', sql`${t.amount} > 0`),
  index('fin_settlements_item').on(t.tenantId, t.openItemId),
  index('fin_settlements_payment').on(t.tenantId, t.paymentId),
]);

/** 预算: department (cost centre) × account × month. */
export const finBudgets = pgTable('fin_budgets', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  departmentId: uuid('department_id').notNull(),
  accountId: uuid('account_id').notNull().references(() => finAccounts.id),
  period: integer('period').notNull(),
  amount: amount('amount').notNull(),
  updatedAt: updatedAt(),
}, (t) => [
  check('fin_budgets_non_negative', sql`${t.amount} >= 0`),
  unique('fin_budgets_cell').on(t.tenantId, t.departmentId, t.accountId, t.period),
]);
