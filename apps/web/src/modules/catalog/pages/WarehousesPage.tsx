import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Checkbox, Col, Drawer, Form, Input, Row, Space, Switch, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createWarehouseRequest, updateWarehouseRequest, type CreateWarehouseRequest, type UpdateWarehouseRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { UserSelect } from '../../org/index.ts';
import { catalogKeys, createWarehouse, listWarehouses, updateWarehouse, type CatalogWarehouse, type WarehouseLocation } from '../api.ts';

/** 仓库 and their 库位 (shelves, zones). One warehouse is the default for documents that name none. */
export default function WarehousesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const canManage = can('catalog.manage');
  const warehouses = useQuery({ queryKey: catalogKeys.warehouses, queryFn: listWarehouses });
  const [drawer, setDrawer] = useState<{ open: boolean; warehouse: CatalogWarehouse | null }>({ open: false, warehouse: null });

  return (
    <Card
      title={t('catalog.warehouses.title')}
      extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, warehouse: null })} data-testid="warehouse-create">{t('catalog.warehouses.create')}</Button> : null}
      data-testid="catalog-warehouses"
    >
      <Table<CatalogWarehouse>
        rowKey="id"
        loading={warehouses.isPending}
        dataSource={[...(warehouses.data ?? [])].sort((a, b) => a.code.localeCompare(b.code))}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(w) => ({ 'data-testid': `warehouse-row-${w.code}` }) as HTMLAttributes<HTMLElement>}
        expandable={{
          rowExpandable: (w) => w.locations.length > 0,
          expandedRowRender: (w) => (
            <Space wrap size={[8, 8]}>
              {w.locations.map((l) => <Tag key={l.id} color={l.enabled ? 'blue' : 'default'}>{l.code} {l.name}</Tag>)}
            </Space>
          ),
        }}
        columns={[
          { title: t('catalog.common.code'), dataIndex: 'code', width: 110 },
          { title: t('catalog.warehouses.name'), dataIndex: 'name', width: 160, render: (_v, w) => <Space>{w.name}{w.isDefault ? <Tag color="gold">{t('catalog.warehouses.defaultTag')}</Tag> : null}</Space> },
          { title: t('catalog.warehouses.address'), dataIndex: 'address', width: 260, render: (v: string | null) => v ?? '-' },
          { title: t('catalog.warehouses.keeper'), dataIndex: 'keeperName', width: 100, render: (v: string | null) => v ?? '-' },
          { title: t('catalog.warehouses.locations'), key: 'locations', width: 90, align: 'right', render: (_v, w) => w.locations.filter((l) => l.enabled).length },
          {
            title: t('catalog.common.status'), dataIndex: 'enabled', width: 80,
            render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('catalog.common.enabledTag') : t('catalog.common.disabledTag')}</Tag>,
          },
          ...(canManage ? [{
            title: t('common.actions'), key: 'actions', width: 80,
            render: (_v: unknown, w: CatalogWarehouse) => <Button type="link" size="small" onClick={() => setDrawer({ open: true, warehouse: w })} data-testid={`warehouse-edit-${w.code}`}>{t('common.edit')}</Button>,
          }] : []),
        ]}
      />
      <WarehouseDrawer
        {...drawer}
        onClose={() => setDrawer({ open: false, warehouse: null })}
        onSaved={() => {
          feedback.message?.success(t('catalog.common.saved'));
          setDrawer({ open: false, warehouse: null });
          void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
        }}
      />
    </Card>
  );
}

function WarehouseDrawer({ open, warehouse, onClose, onSaved }: { open: boolean; warehouse: CatalogWarehouse | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const editing = warehouse !== null;
  const save = useMutation({
    mutationFn: (body: CreateWarehouseRequest | UpdateWarehouseRequest) =>
      (warehouse ? updateWarehouse(warehouse.id, body as UpdateWarehouseRequest) : createWarehouse(body as CreateWarehouseRequest)),
    onSuccess: onSaved,
  });
  const initial = warehouse
    ? {
      code: warehouse.code, name: warehouse.name, address: warehouse.address ?? '', keeperId: warehouse.keeperId, isDefault: warehouse.isDefault,
      enabled: warehouse.enabled, locations: warehouse.locations.map((l: WarehouseLocation) => ({ id: l.id, code: l.code, name: l.name, enabled: l.enabled })),
    }
    : { isDefault: false, locations: [] };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('catalog.warehouses.edit') : t('catalog.warehouses.create')}
      size={mobile ? '100%' : 640}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      <SchemaForm
        key={warehouse?.id ?? 'new'}
        schema={editing ? updateWarehouseRequest : createWarehouseRequest}
        form={form}
        initialValues={initial}
        prepare={(values) => {
          const { code, enabled, ...rest } = values;
          return editing ? { ...rest, enabled } : { ...rest, code };
        }}
        onSubmit={async (data) => { await save.mutateAsync(data); }}
        data-testid="warehouse-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            {editing ? <Form.Item label={t('catalog.common.code')}><Input value={warehouse.code} disabled /></Form.Item> : (
              <SchemaField name="code" label={t('catalog.common.code')}><Input maxLength={40} data-testid="warehouse-code" /></SchemaField>
            )}
          </Col>
          <Col span={12}>
            <SchemaField name="name" label={t('catalog.warehouses.name')}><Input maxLength={100} data-testid="warehouse-name" /></SchemaField>
          </Col>
          <Col span={24}>
            <SchemaField name="address" label={t('catalog.warehouses.address')}><Input maxLength={300} /></SchemaField>
          </Col>
          <Col span={12}>
            <SchemaField name="keeperId" label={t('catalog.warehouses.keeper')}>
              <UserSelect initialLabel={warehouse?.keeperName ?? null} />
            </SchemaField>
          </Col>
          <Col span={6}>
            <SchemaField name="isDefault" label={t('catalog.warehouses.isDefault')} valuePropName="checked"><Switch /></SchemaField>
          </Col>
          {editing ? (
            <Col span={6}>
              <SchemaField name="enabled" label={t('catalog.common.enabled')} valuePropName="checked"><Switch /></SchemaField>
            </Col>
          ) : null}
        </Row>
        <Form.Item label={t('catalog.warehouses.locations')} extra={t('catalog.warehouses.locationsHelp')}>
          <Form.List name="locations">
            {(fields, { add, remove }) => (
              <>
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={fields}
                  data-testid="warehouse-locations"
                  columns={[
                    {
                      title: t('catalog.common.code'), key: 'code', width: 140,
                      render: (_v: unknown, f: { name: number }) => (
                        <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: t('catalog.warehouses.locationCodeRequired') }]} style={{ marginBottom: 0 }}><Input maxLength={40} /></Form.Item>
                      ),
                    },
                    {
                      title: t('catalog.warehouses.locationName'), key: 'name',
                      render: (_v: unknown, f: { name: number }) => (
                        <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('catalog.warehouses.locationNameRequired') }]} style={{ marginBottom: 0 }}><Input maxLength={100} /></Form.Item>
                      ),
                    },
                    {
                      title: t('catalog.common.enabled'), key: 'enabled', width: 60,
                      render: (_v: unknown, f: { name: number }) => <Form.Item name={[f.name, 'enabled']} valuePropName="checked" style={{ marginBottom: 0 }}><Checkbox /></Form.Item>,
                    },
                    {
                      key: 'remove', width: 48,
                      // An existing location is only disabled by the server when left out (stock history keeps it).
                      render: (_v: unknown, f: { name: number }) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />,
                    },
                  ]}
                />
                <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ code: '', name: '', enabled: true })}>{t('catalog.warehouses.addLocation')}</Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </SchemaForm>
    </Drawer>
  );
}
