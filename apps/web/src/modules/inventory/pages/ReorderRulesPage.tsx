import { useState } from 'react';
import { Button, Card, Form, InputNumber, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ItemSelect, WarehouseSelect } from '../../catalog/index.ts';
import { deleteReorderRule, inventoryKeys, listReorderRules, upsertReorderRule, type ReorderRule } from '../api.ts';
import { Qty } from '../components/cells.tsx';
import { signOf, subtract } from '../numbers.ts';
import { plainQty } from '../plain.ts';

interface RuleValues { itemId: string; warehouseId: string; safetyStock: string | null; reorderPoint: string | null; reorderQty: string | null }

/** 安全库存 / 再订货点 per item × warehouse: at or below the reorder point purchasers get a 库存预警. */
export default function ReorderRulesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const canEdit = can('inventory.settings');
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const rules = useQuery({ queryKey: inventoryKeys.reorderRules(warehouseId), queryFn: () => listReorderRules(warehouseId) });
  const [editing, setEditing] = useState<{ open: boolean; rule: ReorderRule | null }>({ open: false, rule: null });
  const [form] = Form.useForm<RuleValues>();

  const refresh = () => void queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
  const save = useMutation({
    mutationFn: (v: RuleValues) => upsertReorderRule({
      itemId: v.itemId, warehouseId: v.warehouseId,
      safetyStock: v.safetyStock ? String(v.safetyStock) : '0',
      reorderPoint: String(v.reorderPoint ?? '0'),
      reorderQty: v.reorderQty ? String(v.reorderQty) : null,
    }),
    onSuccess: () => { feedback.message?.success(t('inventory.rules.saved')); setEditing({ open: false, rule: null }); refresh(); },
  });
  const remove = useMutation({
    mutationFn: (r: ReorderRule) => deleteReorderRule(r.itemId, r.warehouseId),
    onSuccess: () => { feedback.message?.success(t('inventory.rules.deleted')); refresh(); },
  });

  const open = (rule: ReorderRule | null) => {
    form.resetFields();
    if (rule) form.setFieldsValue({ itemId: rule.itemId, warehouseId: rule.warehouseId, safetyStock: plainQty(rule.safetyStock), reorderPoint: plainQty(rule.reorderPoint), reorderQty: rule.reorderQty ? plainQty(rule.reorderQty) : null });
    setEditing({ open: true, rule });
  };

  return (
    <Card
      title={t('inventory.rules.title')}
      extra={(
        <Space wrap>
          <WarehouseSelect allowClear value={warehouseId} onChange={(v) => setWarehouseId(v)} placeholder={t('inventory.allWarehouses')} style={{ width: 180 }} />
          {canEdit ? <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="rule-create">{t('inventory.rules.create')}</Button> : null}
        </Space>
      )}
      data-testid="reorder-rules"
    >
      <Typography.Paragraph type="secondary">{t('inventory.rules.help')}</Typography.Paragraph>
      <Table<ReorderRule>
        rowKey={(r) => `${r.itemId}:${r.warehouseId}`}
        loading={rules.isPending}
        dataSource={rules.data ?? []}
        pagination={(rules.data?.length ?? 0) > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('inventory.fields.item'), key: 'item', width: 220, render: (_v, r) => `${r.itemCode} ${r.itemName}` },
          { title: t('inventory.fields.warehouse'), dataIndex: 'warehouseName', width: 110 },
          { title: t('inventory.fields.unit'), dataIndex: 'unitName', width: 60 },
          { title: t('inventory.fields.safetyStock'), key: 'safetyStock', width: 100, align: 'right', render: (_v, r) => <Qty value={r.safetyStock} /> },
          { title: t('inventory.fields.reorderPoint'), key: 'reorderPoint', width: 100, align: 'right', render: (_v, r) => <Qty value={r.reorderPoint} /> },
          { title: t('inventory.rules.reorderQty'), key: 'reorderQty', width: 110, align: 'right', render: (_v, r) => (r.reorderQty ? <Qty value={r.reorderQty} /> : <Typography.Text type="secondary">{t('inventory.rules.auto')}</Typography.Text>) },
          {
            title: t('inventory.fields.available'), key: 'available', width: 100, align: 'right',
            render: (_v, r) => (
              <span style={{ color: signOf(subtract(r.available, r.reorderPoint)) <= 0 ? '#d46b08' : undefined }}><Qty value={r.available} /></span>
            ),
          },
          ...(canEdit ? [{
            title: t('common.actions'), key: 'actions', width: 120,
            render: (_v: unknown, r: ReorderRule) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => open(r)}>{t('common.edit')}</Button>
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(r)}>
                  <Button type="link" size="small" danger>{t('common.delete')}</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <Modal
        open={editing.open}
        title={editing.rule ? t('inventory.rules.edit') : t('inventory.rules.create')}
        onCancel={() => setEditing({ open: false, rule: null })}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form<RuleValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="rule-form">
          <Form.Item name="itemId" label={t('inventory.fields.item')} rules={[{ required: true, message: t('inventory.lines.itemRequired') }]}>
            <ItemSelect stockedOnly disabled={editing.rule !== null} initialLabel={editing.rule ? `${editing.rule.itemCode} ${editing.rule.itemName}` : null} />
          </Form.Item>
          <Form.Item name="warehouseId" label={t('inventory.fields.warehouse')} rules={[{ required: true, message: t('inventory.lines.warehouseRequired') }]}>
            <WarehouseSelect disabled={editing.rule !== null} />
          </Form.Item>
          <Form.Item name="safetyStock" label={t('inventory.fields.safetyStock')}>
            <InputNumber<string> stringMode min="0" controls={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reorderPoint" label={t('inventory.fields.reorderPoint')} rules={[{ required: true, message: t('inventory.rules.reorderPointRequired') }]}>
            <InputNumber<string> stringMode min="0" controls={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reorderQty" label={t('inventory.rules.reorderQty')} extra={t('inventory.rules.reorderQtyHelp')}>
            <InputNumber<string> stringMode min="0" controls={false} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
