import { Button, Form, Input, InputNumber, Select, Table, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ItemSelect, UnitSelect } from '../../catalog/index.ts';

export interface MoveLineValues {
  itemId?: string;
  itemLabel?: string;
  unitId?: string | null;
  /** Adjustments: + gain, − loss; transfers are always out of one warehouse into the other. */
  direction?: 'in' | 'out';
  quantity?: string | null;
  unitCost?: string | null;
  note?: string;
}

interface Props {
  form: FormInstance;
  /** Adjustments: a direction per line and (for gains) a unit cost. */
  adjustment?: boolean;
  testId: string;
}

/** The item lines of a transfer or an adjustment: item, unit (base or a conversion), quantity. */
export function MoveLines({ form, adjustment, testId }: Props) {
  const { t } = useTranslation();
  const lines = (Form.useWatch('lines', form) as MoveLineValues[] | undefined) ?? [];
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 'max-content' }}
            data-testid={testId}
            columns={[
              {
                key: 'item', title: t('inventory.fields.item'), width: 240,
                render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'itemId']} rules={[{ required: true, message: t('inventory.lines.itemRequired') }]} style={{ marginBottom: 0 }}>
                    <ItemSelect
                      stockedOnly
                      testId={`${testId}-${f.name}-item`}
                      onChange={(_id, item) => {
                        // A new item starts in its base unit.
                        form.setFieldValue(['lines', f.name, 'unitId'], item?.baseUnitId ?? null);
                      }}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'unit', title: t('inventory.fields.unit'), width: 110,
                render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'unitId']} style={{ marginBottom: 0 }}>
                    <UnitSelect itemId={lines[f.name]?.itemId ?? null} testId={`${testId}-${f.name}-unit`} />
                  </Form.Item>
                ),
              },
              ...(adjustment ? [{
                key: 'direction', title: t('inventory.adjust.direction'), width: 110,
                render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'direction']} style={{ marginBottom: 0 }}>
                    <Select
                      style={{ width: 100 }}
                      options={[{ value: 'in', label: t('inventory.adjust.in') }, { value: 'out', label: t('inventory.adjust.out') }]}
                      data-testid={`${testId}-${f.name}-direction`}
                    />
                  </Form.Item>
                ),
              }] : []),
              {
                key: 'quantity', title: t('inventory.fields.quantity'), width: 120,
                render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true, message: t('inventory.lines.quantityRequired') }]} style={{ marginBottom: 0 }}>
                    <InputNumber<string> stringMode min="0" controls={false} style={{ width: 110 }} data-testid={`${testId}-${f.name}-quantity`} />
                  </Form.Item>
                ),
              },
              ...(adjustment ? [{
                key: 'unitCost', title: t('inventory.adjust.unitCost'), width: 130,
                render: (_v: unknown, f: { name: number }) => (
                  <Form.Item name={[f.name, 'unitCost']} style={{ marginBottom: 0 }}>
                    <InputNumber<string>
                      stringMode
                      min="0"
                      controls={false}
                      style={{ width: 120 }}
                      disabled={lines[f.name]?.direction === 'out'}
                      placeholder={t('inventory.adjust.unitCostPlaceholder')}
                    />
                  </Form.Item>
                ),
              }] : []),
              {
                key: 'note', title: t('inventory.fields.note'), width: 160,
                render: (_v: unknown, f: { name: number }) => <Form.Item name={[f.name, 'note']} style={{ marginBottom: 0 }}><Input maxLength={200} /></Form.Item>,
              },
              {
                key: 'remove', width: 44,
                render: (_v: unknown, f: { name: number }) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} disabled={fields.length === 1} onClick={() => remove(f.name)} />
                ),
              },
            ]}
          />
          <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add(adjustment ? { direction: 'out' } : {})} data-testid={`${testId}-add`}>
            {t('inventory.lines.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** Form lines → API lines; adjustments carry the sign of their direction, losses no cost. */
export function toApiLines(lines: MoveLineValues[] | undefined, adjustment: boolean) {
  return (lines ?? []).map((l) => {
    const quantity = l.quantity === null || l.quantity === undefined ? '' : String(l.quantity);
    const out = adjustment && l.direction === 'out';
    return {
      itemId: l.itemId ?? '',
      unitId: l.unitId ?? null,
      quantity: out && quantity ? `-${quantity}` : quantity,
      ...(adjustment ? { unitCost: out ? null : (blank(l.unitCost) as string | null | undefined) ?? null } : {}),
      note: (blank(l.note) as string | null | undefined) ?? null,
    };
  });
}
