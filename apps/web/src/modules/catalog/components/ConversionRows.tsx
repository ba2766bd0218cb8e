import { Button, Form, Input, InputNumber, Table, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AllUnitsSelect } from './AllUnitsSelect.tsx';

/** 单位换算 rows of an item: 1 <unit> = <factor> <base unit>, each unit with its own barcode (a case's EAN). */
export function ConversionRows({ form, baseUnitName }: { form: FormInstance; baseUnitName: string }) {
  const { t } = useTranslation();
  const baseUnitId = Form.useWatch('baseUnitId', form) as string | undefined;
  const rows = (Form.useWatch('units', form) as Array<{ unitId?: string }> | undefined) ?? [];
  return (
    <Form.List name="units">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            data-testid="item-units"
            locale={{ emptyText: t('catalog.items.noConversions') }}
            columns={[
              {
                key: 'unit',
                title: t('catalog.items.conversionUnit'),
                width: 130,
                render: (_: unknown, field: { name: number }) => (
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('catalog.items.unitRequired') }]} style={{ marginBottom: 0 }}>
                    <AllUnitsSelect
                      exclude={[baseUnitId ?? '', ...rows.filter((_r, i) => i !== field.name).map((r) => r.unitId ?? '')]}
                      testId={`item-unit-${field.name}-unit`}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'factor',
                title: t('catalog.items.factor'),
                width: 200,
                render: (_: unknown, field: { name: number }) => (
                  <Form.Item name={[field.name, 'factor']} rules={[{ required: true, message: t('catalog.items.factorRequired') }]} style={{ marginBottom: 0 }}>
                    <InputNumber<string> stringMode min="0.000001" controls={false} style={{ width: '100%' }} prefix="=" suffix={baseUnitName} data-testid={`item-unit-${field.name}-factor`} />
                  </Form.Item>
                ),
              },
              {
                key: 'barcode',
                title: t('catalog.items.barcode'),
                render: (_: unknown, field: { name: number }) => (
                  <Form.Item name={[field.name, 'barcode']} style={{ marginBottom: 0 }}>
                    <Input maxLength={64} />
                  </Form.Item>
                ),
              },
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, field: { name: number }) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                ),
              },
            ]}
          />
          <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ unitId: undefined, factor: null, barcode: '' })} data-testid="item-unit-add">
            {t('catalog.items.addConversion')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
