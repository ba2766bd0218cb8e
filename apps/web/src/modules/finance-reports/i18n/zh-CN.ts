export const financeReportsZhCN = {
  menu: {
    trialBalance: '科目余额表', generalLedger: '总账', detailLedger: '明细账', balanceSheet: '资产负债表',
    incomeStatement: '利润表', vat: '增值税汇总', budgets: '预算编制', budgetActual: '预算执行',
  },
  common: {
    export: '导出 Excel', print: '打印', exported: '已导出 {{file}}', exportFailed: '导出失败',
    company: '编制单位：{{name}}', unit: '单位：元',
    month: '月份', allMonths: '全年',
    periodFormat: '{{year}}年{{month}}月', yearFormat: '{{year}}年度', rangeJoiner: ' 至 ',
    loadFailed: '加载失败：{{message}}', retry: '重试',
    debit: '借', credit: '贷', flat: '平', account: '科目', selectAccount: '请选择科目',
    department: '部门', allDepartments: '全部部门', allPartners: '全部往来单位',
    lineNo: '行次', chooseAccountFirst: '请选择科目后查询',
  },
  trialBalance: {
    title: '科目余额表', level: '科目级次', levelOption: '{{level}} 级', includeZero: '显示零余额科目',
    code: '科目编码', name: '科目名称', opening: '期初余额', period: '本期发生额', closing: '期末余额',
    debit: '借方', credit: '贷方', totals: '合计', unbalanced: '借贷不平衡，请检查凭证', drillHint: '点击科目行查看明细账',
  },
  generalLedger: {
    title: '总账', period: '期间', summary: '摘要', opening: '期初余额', month: '本月合计', yearToDate: '本年累计',
    debit: '借方', credit: '贷方', direction: '借或贷', balance: '余额',
  },
  detailLedger: {
    title: '明细账', date: '日期', voucherNumber: '凭证字号', summary: '摘要', debit: '借方', credit: '贷方',
    direction: '借或贷', balance: '余额', opening: '期初余额', closing: '期末余额',
    truncated: '明细行过多，只显示了前面一部分，请缩小期间范围',
  },
  balanceSheet: {
    title: '资产负债表', assets: '资产', liabilitiesAndEquity: '负债和所有者权益', closing: '期末余额', yearOpening: '年初余额',
    notBalanced: '资产总计与负债和所有者权益总计不相等，请检查科目余额或结转',
  },
  incomeStatement: { title: '利润表', item: '项目', currentPeriod: '本期金额', yearToDate: '本年累计金额' },
  vat: {
    title: '增值税汇总', section: '项目', rate: '税率', base: '金额（不含税）', tax: '税额',
    output: '销项', input: '进项', outputTax: '销项税额', inputTax: '进项税额', payable: '本期应纳税额',
    openingCredit: '上期留抵税额', carriedCredit: '期末留抵税额', subtotal: '小计', noLines: '本期无发生', noRate: '未注明税率', summary: '税额计算',
  },
  budgets: {
    title: '预算编制', account: '预算科目', monthN: '{{month}}月', total: '全年合计', save: '保存', saved: '已保存',
    addAccount: '添加预算科目', chooseDepartment: '请选择部门后编制预算', readOnly: '只读：没有预算编制权限',
    unsaved: '未保存', totals: '合计', actions: '操作', invalidAmount: '请输入金额（最多两位小数）', toActual: '预算执行',
  },
  budgetActual: {
    title: '预算执行', department: '部门', account: '预算科目', budget: '预算金额', actual: '实际发生', variance: '差异（预算-实际）',
    usedRatio: '执行进度', over: '超预算', totals: '合计', toBudgets: '预算编制',
  },
};
