import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createCatalogUnitRequest, updateCatalogUnitRequest, type CreateCatalogUnitRequest, type UpdateCatalogUnitRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { catalogKeys, createUnit, listUnits, updateUnit, type CatalogUnit } from '../api.ts';

/** 计量单位: names and the decimals a quantity may have (个 0, 千克 3). Conversions live on each item. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const canManage = can('catalog.manage');
  const units = useQuery({ queryKey: catalogKeys.units, queryFn: listUnits });
  const [editing, setEditing] = useState<{ open: boolean; unit: CatalogUnit | null }>({ open: false, unit: null });
  const [form] = Form.useForm<Record<string, unknown>>();
  const unit = editing.unit;
  const save = useMutation({
    mutationFn: (body: CreateCatalogUnitRequest | UpdateCatalogUnitRequest) =>
      (unit ? updateUnit(unit.id, body as UpdateCatalogUnitRequest) : createUnit(body as CreateCatalogUnitRequest)),
    onSuccess: () => {
      feedback.message?.success(t('catalog.common.saved'));
      setEditing({ open: false, unit: null });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
    },
  });

  return (
    <Card
      title={t('catalog.units.title')}
      extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, unit: null })} data-testid="unit-create">{t('catalog.units.create')}</Button> : null}
      data-testid="catalog-units"
    >
      <Table<CatalogUnit>
        rowKey="id"
        loading={units.isPending}
        dataSource={[...(units.data ?? [])].sort((a, b) => a.code.localeCompare(b.code))}
        pagination={false}
        onRow={(u) => ({ 'data-testid': `unit-row-${u.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('catalog.common.code'), dataIndex: 'code', width: 120 },
          { title: t('catalog.units.name'), dataIndex: 'name', width: 160 },
          { title: t('catalog.units.precision'), dataIndex: 'precision', width: 140, render: (p: number) => t('catalog.units.decimals', { count: p }) },
          {
            title: t('catalog.common.status'), dataIndex: 'enabled', width: 80,
            render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('catalog.common.enabledTag') : t('catalog.common.disabledTag')}</Tag>,
          },
          ...(canManage ? [{
            title: t('common.actions'), key: 'actions', width: 80,
            render: (_v: unknown, u: CatalogUnit) => <Button type="link" size="small" onClick={() => setEditing({ open: true, unit: u })}>{t('common.edit')}</Button>,
          }] : []),
        ]}
      />
      <Modal
        open={editing.open}
        title={unit ? t('catalog.units.edit') : t('catalog.units.create')}
        onCancel={() => setEditing({ open: false, unit: null })}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okButtonProps={{ 'data-testid': 'unit-save' } as Record<string, string>}
        destroyOnHidden
      >
        <SchemaForm
          key={unit?.id ?? 'new'}
          schema={unit ? updateCatalogUnitRequest : createCatalogUnitRequest}
          form={form}
          initialValues={unit ? { code: unit.code, name: unit.name, precision: unit.precision, enabled: unit.enabled } : { precision: 0 }}
          prepare={(values) => {
            const { code, enabled, ...rest } = values;
            return unit ? { ...rest, enabled } : { ...rest, code };
          }}
          onSubmit={async (data) => { await save.mutateAsync(data); }}
          data-testid="unit-form"
        >
          {unit ? <Form.Item label={t('catalog.common.code')}><Input value={unit.code} disabled /></Form.Item> : (
            <SchemaField name="code" label={t('catalog.common.code')}><Input maxLength={40} data-testid="unit-code" /></SchemaField>
          )}
          <SchemaField name="name" label={t('catalog.units.name')}><Input maxLength={20} data-testid="unit-name" /></SchemaField>
          <SchemaField name="precision" label={t('catalog.units.precision')} extra={t('catalog.units.precisionHelp')}>
            <InputNumber min={0} max={4} precision={0} data-testid="unit-precision" />
          </SchemaField>
          {unit ? <SchemaField name="enabled" label={t('catalog.common.enabled')} valuePropName="checked"><Switch /></SchemaField> : null}
        </SchemaForm>
      </Modal>
    </Card>
  );
}
