import { Button, DatePicker, Form, InputNumber, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/index.ts';
import { ItemSelect, UnitSelect, type CatalogItem } from '../../catalog/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { isPositive, lineAmount, splitGross, sumMoney } from '../decimal.ts';
import { Money } from './Money.tsx';

/** One line being edited; the labels only show the current picks before any search. */
export interface LineValues {
  itemId?: string;
  itemLabel?: string | null;
  unitId?: string;
  quantity?: string;
  price?: string | null;
  taxRate?: string;
  supplierId?: string | null;
  supplierLabel?: string | null;
  expectedDate?: Dayjs | null;
}

export const emptyLine: LineValues = { quantity: '1' };

interface Props {
  /** A request carries an estimate and a preferred supplier; an order a firm price and tax rate; an RFQ only quantities. */
  mode: 'request' | 'order' | 'rfq';
  lines: ReadonlyArray<LineValues | undefined>;
  testId: string;
}

export function lineTotals(lines: ReadonlyArray<LineValues | undefined>) {
  const splits = lines.map((l) => splitGross(lineAmount(l?.quantity, l?.price), l?.taxRate ?? '0'));
  return { lines: splits, net: sumMoney(splits.map((s) => s.net)), tax: sumMoney(splits.map((s) => s.tax)), gross: sumMoney(splits.map((s) => s.gross)) };
}

/** The item lines of a request or an order: item, unit, quantity, price and the live amounts. */
export function ItemLinesEditor({ mode, lines, testId }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const totals = lineTotals(lines);
  const order = mode === 'order';
  const priced = mode !== 'rfq';
  // An employee without access to the partner master leaves the supplier to the buyer.
  const { can } = useAuth();
  const pickSupplier = mode === 'request' && can('partner.read');

  // A picked item proposes its purchase unit, last purchase price, tax rate and default supplier.
  const onItem = (index: number, item: CatalogItem | null) => {
    if (!item) return;
    const current = (form.getFieldValue(['lines', index]) ?? {}) as LineValues;
    form.setFieldValue(['lines', index], {
      ...current,
      itemLabel: `${item.code} ${item.name}`,
      unitId: item.purchaseUnitId ?? item.baseUnitId,
      price: item.purchasePrice ?? current.price ?? null,
      taxRate: item.taxRate,
      supplierId: current.supplierId ?? item.defaultSupplierId,
      supplierLabel: current.supplierId ? current.supplierLabel : item.defaultSupplierName ?? null,
    });
  };
  const positive = (message: string) => [{
    validator: (_: unknown, value: unknown) => (isPositive(value as string) ? Promise.resolve() : Promise.reject(new Error(message))),
  }];

  return (
    <Form.List name="lines" rules={[{ validator: async (_, value: unknown[]) => { if (!value || value.length === 0) throw new Error(t('procurement.common.lineRequired')); } }]}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fields}
            data-testid={testId}
            columns={[
              { title: '#', width: 32, render: (_v, _f, i) => i + 1 },
              { title: t('procurement.common.item'), width: 260, render: (_v, f) => (
                <Form.Item name={[f.name, 'itemId']} style={{ margin: 0 }} rules={[{ required: true, message: t('procurement.common.itemRequired') }]}>
                  <ItemSelect initialLabel={lines[f.name]?.itemLabel} onChange={(_id, item) => onItem(f.name, item)} style={{ width: 240 }} testId={`${testId}-${f.name}-item`} />
                </Form.Item>
              ) },
              { title: t('procurement.common.unit'), width: 130, render: (_v, f) => (
                <Form.Item name={[f.name, 'unitId']} style={{ margin: 0 }} rules={[{ required: true, message: t('procurement.common.unitRequired') }]}>
                  <UnitSelect itemId={lines[f.name]?.itemId} style={{ width: 120 }} testId={`${testId}-${f.name}-unit`} />
                </Form.Item>
              ) },
              { title: t('procurement.common.quantity'), width: 110, render: (_v, f) => (
                <Form.Item name={[f.name, 'quantity']} style={{ margin: 0 }} rules={positive(t('procurement.common.quantityInvalid'))}>
                  <InputNumber<string> stringMode min="0" style={{ width: 100 }} data-testid={`${testId}-${f.name}-quantity`} />
                </Form.Item>
              ) },
              ...(priced ? [{ title: order ? t('procurement.common.price') : t('procurement.requests.estimatedPrice'), width: 120, render: (_v: unknown, f: { name: number }) => (
                <Form.Item name={[f.name, 'price']} style={{ margin: 0 }} rules={order ? [{ required: true, message: t('procurement.common.priceInvalid') }] : []}>
                  <InputNumber<string> stringMode min="0" style={{ width: 110 }} data-testid={`${testId}-${f.name}-price`} />
                </Form.Item>
              ) }] : []),
              ...(order ? [
                { title: t('procurement.common.taxRate'), width: 90, render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'taxRate']} style={{ margin: 0 }} rules={[{ required: true, message: t('procurement.common.taxRateRequired') }]}>
                    <InputNumber<string> stringMode min="0" max="99" suffix="%" style={{ width: 80 }} data-testid={`${testId}-${f.name}-taxRate`} />
                  </Form.Item>
                ) },
                { title: t('procurement.common.expectedDate'), width: 140, render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'expectedDate']} style={{ margin: 0 }}>
                    <DatePicker style={{ width: 130 }} data-testid={`${testId}-${f.name}-expectedDate`} />
                  </Form.Item>
                ) },
              ] : !pickSupplier ? [] : [
                { title: t('procurement.requests.preferredSupplier'), width: 220, render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'supplierId']} style={{ margin: 0 }}>
                    <PartnerSelect role="supplier" initialLabel={lines[f.name]?.supplierLabel} style={{ width: 210 }} testId={`${testId}-${f.name}-supplier`} />
                  </Form.Item>
                ) },
              ]),
              ...(order ? [
                { title: t('procurement.common.net'), width: 100, align: 'right' as const, render: (_v: unknown, f: { name: number }) => <Money value={totals.lines[f.name]?.net} /> },
                { title: t('procurement.common.tax'), width: 90, align: 'right' as const, render: (_v: unknown, f: { name: number }) => <Money value={totals.lines[f.name]?.tax} /> },
              ] : []),
              ...(priced ? [{ title: order ? t('procurement.common.gross') : t('procurement.common.amount'), width: 110, align: 'right' as const, render: (_v: unknown, f: { name: number }) => <Money value={totals.lines[f.name]?.gross} testId={`${testId}-${f.name}-amount`} /> }] : []),
              { title: '', width: 40, render: (_v, f) => (
                <Button type="text" danger icon={<DeleteOutlined />} disabled={fields.length <= 1} onClick={() => remove(f.name)} aria-label={t('procurement.common.removeLine')} />
              ) },
            ]}
            summary={() => (!priced ? null : (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={order ? 7 : pickSupplier ? 6 : 5}><Typography.Text strong>{t('procurement.common.total')}</Typography.Text></Table.Summary.Cell>
                {order ? (
                  <>
                    <Table.Summary.Cell index={7} align="right"><Money value={totals.net} strong testId={`${testId}-total-net`} /></Table.Summary.Cell>
                    <Table.Summary.Cell index={8} align="right"><Money value={totals.tax} strong testId={`${testId}-total-tax`} /></Table.Summary.Cell>
                  </>
                ) : null}
                <Table.Summary.Cell index={order ? 9 : pickSupplier ? 6 : 5} align="right"><Money value={totals.gross} strong testId={`${testId}-total`} /></Table.Summary.Cell>
                <Table.Summary.Cell index={order ? 10 : pickSupplier ? 7 : 6} />
              </Table.Summary.Row>
            ))}
          />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...emptyLine })} style={{ marginTop: 8 }} data-testid={`${testId}-add`}>
            {t('procurement.common.addLine')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
