import type { financeReportsZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const financeReportsEnUS: typeof financeReportsZhCN = {
  menu: {
    trialBalance: 'Trial balance', generalLedger: 'General ledger', detailLedger: 'Detail ledger', balanceSheet: 'Balance sheet',
    incomeStatement: 'Income statement', vat: 'VAT summary', budgets: 'Budgets', budgetActual: 'Budget vs actual',
  },
  common: {
    export: 'Export Excel', print: 'Print', exported: 'Exported {{file}}', exportFailed: 'Export failed',
    company: 'Company: {{name}}', unit: 'Currency: CNY',
    month: 'Month', allMonths: 'Whole year',
    periodFormat: '{{year}}-{{mm}}', yearFormat: 'Year {{year}}', rangeJoiner: ' to ',
    loadFailed: 'Could not load: {{message}}', retry: 'Retry',
    debit: 'Dr', credit: 'Cr', flat: 'Nil', account: 'Account', selectAccount: 'Select an account',
    department: 'Department', allDepartments: 'All departments', allPartners: 'All partners',
    lineNo: 'Line', chooseAccountFirst: 'Select an account to run the report',
  },
  trialBalance: {
    title: 'Trial balance', level: 'Account level', levelOption: 'Level {{level}}', includeZero: 'Show zero balances',
    code: 'Account code', name: 'Account name', opening: 'Opening balance', period: 'Period activity', closing: 'Closing balance',
    debit: 'Debit', credit: 'Credit', totals: 'Total', unbalanced: 'Debits and credits do not balance', drillHint: 'Click an account to open its detail ledger',
  },
  generalLedger: {
    title: 'General ledger', period: 'Period', summary: 'Description', opening: 'Opening balance', month: 'Month total', yearToDate: 'Year to date',
    debit: 'Debit', credit: 'Credit', direction: 'Dr/Cr', balance: 'Balance',
  },
  detailLedger: {
    title: 'Detail ledger', date: 'Date', voucherNumber: 'Voucher', summary: 'Description', debit: 'Debit', credit: 'Credit',
    direction: 'Dr/Cr', balance: 'Balance', opening: 'Opening balance', closing: 'Closing balance',
    truncated: 'Too many lines: only the first part is shown; narrow the period range',
  },
  balanceSheet: {
    title: 'Balance sheet', assets: 'Assets', liabilitiesAndEquity: "Liabilities and owners' equity", closing: 'Closing balance', yearOpening: 'Opening of year',
    notBalanced: "Total assets differ from total liabilities and owners' equity: check balances and closing entries",
  },
  incomeStatement: { title: 'Income statement', item: 'Item', currentPeriod: 'This period', yearToDate: 'Year to date' },
  vat: {
    title: 'VAT summary', section: 'Item', rate: 'Rate', base: 'Net amount', tax: 'Tax',
    output: 'Output', input: 'Input', outputTax: 'Output VAT', inputTax: 'Input VAT', payable: 'VAT payable',
    openingCredit: 'Credit brought forward', carriedCredit: 'Credit carried forward', subtotal: 'Subtotal', noLines: 'No activity', noRate: 'Rate not recorded', summary: 'Tax computation',
  },
  budgets: {
    title: 'Budgets', account: 'Budget account', monthN: 'M{{month}}', total: 'Year total', save: 'Save', saved: 'Saved',
    addAccount: 'Add budget account', chooseDepartment: 'Select a department to edit its budget', readOnly: 'Read only: no budget permission',
    unsaved: 'Unsaved', totals: 'Total', actions: 'Actions', invalidAmount: 'Enter an amount (up to 2 decimals)', toActual: 'Budget vs actual',
  },
  budgetActual: {
    title: 'Budget vs actual', department: 'Department', account: 'Budget account', budget: 'Budget', actual: 'Actual', variance: 'Variance (budget − actual)',
    usedRatio: 'Used', over: 'Over budget', totals: 'Total', toBudgets: 'Budgets',
  },
};
