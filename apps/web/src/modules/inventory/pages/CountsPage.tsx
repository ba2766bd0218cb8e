import { useMemo, useState } from 'react';
import { Button, DatePicker, Form, Input, Modal } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { CategoryTreeSelect, WarehouseSelect } from '../../catalog/index.ts';
import { countFetcher, createCount, inventoryListIds, type StockCountStatus, type StockCountSummary } from '../api.ts';
import { CountStatusTag } from '../components/CountStatusTag.tsx';
import { warehouseFilter } from '../components/filters.tsx';

const statuses: StockCountStatus[] = ['counting', 'posted', 'cancelled'];

interface NewCount { warehouseId: string; countDate: Dayjs; categoryId?: string | null; note?: string }

/** 盘点单: a count freezes the book quantities of one warehouse (or one category in it); posting books the differences. */
export default function CountsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewCount>();
  const create = useMutation({
    mutationFn: (v: NewCount) => createCount({ warehouseId: v.warehouseId, countDate: v.countDate.format('YYYY-MM-DD'), categoryId: v.categoryId ?? null, note: v.note?.trim() ? v.note.trim() : null }),
    onSuccess: (count) => navigate(`/inventory/counts/${count.id}`),
  });

  const filters = useMemo<ListFilter[]>(() => [
    warehouseFilter(t('inventory.fields.warehouse'), t('inventory.allWarehouses')),
    selectFilter('status', t('inventory.fields.status'), statuses.map((s) => ({ value: s, label: t(`inventory.counts.statuses.${s}`) })), 120),
  ], [t]);

  const columns = useMemo<ListColumn<StockCountSummary>[]>(() => [
    { key: 'number', title: t('inventory.counts.number'), width: 150 },
    { key: 'countDate', title: t('inventory.counts.countDate'), width: 110, render: (c) => formatDate(c.countDate) },
    { key: 'warehouseName', title: t('inventory.fields.warehouse'), width: 110 },
    { key: 'status', title: t('inventory.fields.status'), width: 90, render: (c) => <CountStatusTag status={c.status} />, exportValue: (c) => t(`inventory.counts.statuses.${c.status}`) },
    { key: 'progress', title: t('inventory.counts.progress'), width: 100, align: 'right', render: (c) => `${c.countedCount} / ${c.lineCount}`, exportValue: (c) => `${c.countedCount}/${c.lineCount}` },
    { key: 'note', title: t('inventory.fields.note'), width: 200, ellipsis: true },
    { key: 'postedAt', title: t('inventory.counts.postedAt'), width: 160, render: (c) => formatDateTime(c.postedAt) },
  ], [t]);

  return (
    <>
      <ListPage<StockCountSummary>
        listId={inventoryListIds.counts}
        title={t('inventory.counts.title')}
        columns={columns}
        fetcher={countFetcher}
        rowKey={(c) => c.id}
        rowTestId={(c) => `count-row-${c.number}`}
        filters={filters}
        exportName={t('inventory.counts.title')}
        onRowClick={(c) => navigate(`/inventory/counts/${c.id}`)}
        toolbar={can('inventory.count') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setCreating(true); }} data-testid="count-create">{t('inventory.counts.create')}</Button>
        ) : null}
      />
      <Modal
        open={creating}
        title={t('inventory.counts.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'count-create-ok' } as Record<string, string>}
        destroyOnHidden
      >
        <Form<NewCount> form={form} layout="vertical" initialValues={{ countDate: dayjs() }} onFinish={(v) => create.mutate(v)} data-testid="count-create-form">
          <Form.Item name="warehouseId" label={t('inventory.fields.warehouse')} rules={[{ required: true, message: t('inventory.lines.warehouseRequired') }]}>
            <WarehouseSelect testId="count-warehouse" />
          </Form.Item>
          <Form.Item name="countDate" label={t('inventory.counts.countDate')} rules={[{ required: true, message: t('inventory.lines.dateRequired') }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="categoryId" label={t('inventory.fields.category')} extra={t('inventory.counts.categoryHelp')}>
            <CategoryTreeSelect allowClear placeholder={t('inventory.allCategories')} />
          </Form.Item>
          <Form.Item name="note" label={t('inventory.fields.note')}><Input maxLength={200} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
