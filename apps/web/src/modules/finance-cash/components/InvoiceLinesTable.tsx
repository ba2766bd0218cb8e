import { Button, Form, Input, InputNumber, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DepartmentTreeSelect } from '../../org/index.ts';
import type { ArapKind } from '../api.ts';
import { invoiceTotals, type InvoiceLineInput } from '../money.ts';
import { Money } from './Money.tsx';
import { LedgerAccountSelect, TaxRateSelect, useDepartmentAccounts } from './Pickers.tsx';

interface Props {
  kind: ArapKind;
  inclusive: boolean;
  lines: ReadonlyArray<InvoiceLineInput | undefined>;
}

export const emptyLine = { description: '', accountId: undefined, quantity: '1', price: undefined, taxRate: '0.13', departmentId: undefined };

/** The editable lines of an invoice with live net / VAT / gross per line and in total. */
export function InvoiceLinesTable({ kind, inclusive, lines }: Props) {
  const { t } = useTranslation();
  const totals = invoiceTotals(lines, inclusive);
  const needsDepartment = useDepartmentAccounts();
  const positive = (message: string) => [{ required: true, message }, {
    validator: (_: unknown, value: unknown) => (value === undefined || value === null || value === '' || Number(value) > 0 ? Promise.resolve() : Promise.reject(new Error(message))),
  }];

  return (
    <Form.List name="lines" rules={[{ validator: async (_, value: unknown[]) => { if (!value || value.length === 0) throw new Error(t('financeCash.invoices.lineRequired')); } }]}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fields}
            data-testid="invoice-lines"
            columns={[
              { title: '#', width: 32, render: (_v, _f, i) => i + 1 },
              { title: t('financeCash.invoices.description'), width: 146, render: (_v, f) => (
                <Form.Item name={[f.name, 'description']} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: t('financeCash.invoices.descriptionRequired') }]}>
                  <Input style={{ width: 130 }} data-testid={`invoice-line-${f.name}-description`} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.account'), width: 176, render: (_v, f) => (
                <Form.Item name={[f.name, 'accountId']} style={{ margin: 0 }} rules={[{ required: true, message: t('financeCash.invoices.accountRequired') }]}>
                  <LedgerAccountSelect kind={kind} testId={`invoice-line-${f.name}-account`} style={{ width: 160 }} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.quantity'), width: 86, render: (_v, f) => (
                <Form.Item name={[f.name, 'quantity']} style={{ margin: 0 }} rules={positive(t('financeCash.invoices.quantityInvalid'))}>
                  <InputNumber<string> stringMode min="0" style={{ width: 70 }} data-testid={`invoice-line-${f.name}-quantity`} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.price'), width: 106, render: (_v, f) => (
                <Form.Item name={[f.name, 'price']} style={{ margin: 0 }} rules={[{ required: true, message: t('financeCash.invoices.priceInvalid') }]}>
                  <InputNumber<string> stringMode min="0" style={{ width: 90 }} data-testid={`invoice-line-${f.name}-price`} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.taxRate'), width: 100, render: (_v, f) => (
                <Form.Item name={[f.name, 'taxRate']} style={{ margin: 0 }}>
                  <TaxRateSelect testId={`invoice-line-${f.name}-taxRate`} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.department'), width: 136, render: (_v, f) => (
                <Form.Item
                  name={[f.name, 'departmentId']}
                  style={{ margin: 0 }}
                  dependencies={[['lines', f.name, 'accountId']]}
                  rules={[({ getFieldValue }) => ({
                    validator: async (_rule, value: unknown) => {
                      const accountId = getFieldValue(['lines', f.name, 'accountId']) as string | undefined;
                      if (!value && accountId && needsDepartment.has(accountId)) throw new Error(t('financeCash.invoices.departmentRequired'));
                    },
                  })]}
                >
                  <DepartmentTreeSelect style={{ width: 120 }} testId={`invoice-line-${f.name}-department`} />
                </Form.Item>
              ) },
              { title: t('financeCash.invoices.net'), width: 95, align: 'right', render: (_v, f) => <Money value={totals.lines[f.name]?.net} /> },
              { title: t('financeCash.invoices.tax'), width: 85, align: 'right', render: (_v, f) => <Money value={totals.lines[f.name]?.tax} /> },
              { title: t('financeCash.invoices.gross'), width: 100, align: 'right', render: (_v, f) => <Money value={totals.lines[f.name]?.gross} testId={`invoice-line-${f.name}-gross`} /> },
              { title: '', width: 40, render: (_v, f) => (
                <Button type="text" danger icon={<DeleteOutlined />} disabled={fields.length <= 1} onClick={() => remove(f.name)} aria-label={t('financeCash.invoices.removeLine')} />
              ) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={7}><Typography.Text strong>{t('financeCash.common.total')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right"><Money value={totals.total.net} strong testId="invoice-total-net" /></Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right"><Money value={totals.total.tax} strong testId="invoice-total-tax" /></Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right"><Money value={totals.total.gross} strong testId="invoice-total-gross" /></Table.Summary.Cell>
                <Table.Summary.Cell index={10} />
              </Table.Summary.Row>
            )}
          />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...emptyLine })} style={{ marginTop: 8 }} data-testid="invoice-add-line">
            {t('financeCash.invoices.addLine')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
