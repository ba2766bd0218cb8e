import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Col, Drawer, Form, Input, Radio, Row, Select, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createItemCategoryRequest, updateItemCategoryRequest, type CreateItemCategoryRequest, type UpdateItemCategoryRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { catalogKeys, createCategory, listCategories, updateCategory, type ItemCategory, type ItemClass, type ValuationMethod } from '../api.ts';
import { buildCategoryTree, type CategoryNode } from '../category-tree.ts';
import { CategoryTreeSelect } from '../components/CategoryTreeSelect.tsx';

const itemClasses: ItemClass[] = ['material', 'goods', 'finished', 'service'];
const valuationMethods: ValuationMethod[] = ['movingAverage', 'fifo'];

/** 物料分类: the tree, and per category the item class (which account its stock posts to) and the valuation method. */
export default function CategoriesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const canManage = can('catalog.manage');
  const categories = useQuery({ queryKey: catalogKeys.categories, queryFn: listCategories });
  const [drawer, setDrawer] = useState<{ open: boolean; category: ItemCategory | null; parentId?: string }>({ open: false, category: null });
  const tree = buildCategoryTree(categories.data ?? []);

  return (
    <Card
      title={t('catalog.categories.title')}
      extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, category: null })} data-testid="category-create">{t('catalog.categories.create')}</Button> : null}
      data-testid="catalog-categories"
    >
      <Table<CategoryNode>
        rowKey="id"
        size="middle"
        loading={categories.isPending}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={tree.length}
        onRow={(c) => ({ 'data-testid': `category-row-${c.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('catalog.categories.name'), dataIndex: 'name', render: (_v, c) => <span>{c.name} <Tag bordered={false}>{c.code}</Tag></span> },
          { title: t('catalog.items.itemClass'), dataIndex: 'itemClass', width: 120, render: (v: ItemClass) => t(`catalog.itemClasses.${v}`) },
          { title: t('catalog.categories.valuation'), dataIndex: 'valuationMethod', width: 140, render: (v: ValuationMethod) => t(`catalog.valuationMethods.${v}`) },
          {
            title: t('catalog.common.status'), dataIndex: 'enabled', width: 80,
            render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{v ? t('catalog.common.enabledTag') : t('catalog.common.disabledTag')}</Tag>,
          },
          ...(canManage ? [{
            title: t('common.actions'), key: 'actions', width: 150,
            render: (_v: unknown, c: CategoryNode) => (
              <>
                <Button type="link" size="small" onClick={() => setDrawer({ open: true, category: c })} data-testid={`category-edit-${c.code}`}>{t('common.edit')}</Button>
                <Button type="link" size="small" onClick={() => setDrawer({ open: true, category: null, parentId: c.id })}>{t('catalog.categories.addChild')}</Button>
              </>
            ),
          }] : []),
        ]}
      />
      <CategoryDrawer
        {...drawer}
        onClose={() => setDrawer({ open: false, category: null })}
        onSaved={() => {
          feedback.message?.success(t('catalog.common.saved'));
          setDrawer({ open: false, category: null });
          void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
        }}
      />
    </Card>
  );
}

function CategoryDrawer({ open, category, parentId, onClose, onSaved }: { open: boolean; category: ItemCategory | null; parentId?: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const editing = category !== null;
  const save = useMutation({
    mutationFn: (body: CreateItemCategoryRequest | UpdateItemCategoryRequest) =>
      (category ? updateCategory(category.id, body as UpdateItemCategoryRequest) : createCategory(body as CreateItemCategoryRequest)),
    onSuccess: onSaved,
  });
  const initial = category
    ? { code: category.code, name: category.name, parentId: category.parentId, itemClass: category.itemClass, valuationMethod: category.valuationMethod, enabled: category.enabled }
    : { parentId: parentId ?? null, itemClass: 'goods', valuationMethod: 'movingAverage' };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('catalog.categories.edit') : t('catalog.categories.create')}
      size={mobile ? '100%' : 520}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      <SchemaForm
        key={category?.id ?? `new-${parentId ?? ''}`}
        schema={editing ? updateItemCategoryRequest : createItemCategoryRequest}
        form={form}
        initialValues={initial}
        prepare={(values) => {
          const { code, enabled, ...rest } = values;
          return editing ? { ...rest, enabled } : { ...rest, code };
        }}
        onSubmit={async (data) => { await save.mutateAsync(data); }}
        data-testid="category-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            {editing ? <Form.Item label={t('catalog.common.code')}><Input value={category.code} disabled /></Form.Item> : (
              <SchemaField name="code" label={t('catalog.common.code')}><Input maxLength={40} data-testid="category-code" /></SchemaField>
            )}
          </Col>
          <Col span={12}>
            <SchemaField name="name" label={t('catalog.categories.name')}><Input maxLength={100} data-testid="category-name" /></SchemaField>
          </Col>
          <Col span={24}>
            <SchemaField name="parentId" label={t('catalog.categories.parent')}>
              <CategoryTreeSelect allowClear excludeId={category?.id} placeholder={t('catalog.categories.root')} testId="category-parent" />
            </SchemaField>
          </Col>
          <Col span={24}>
            <SchemaField name="itemClass" label={t('catalog.items.itemClass')} extra={t('catalog.categories.itemClassHelp')}>
              <Select options={itemClasses.map((c) => ({ value: c, label: t(`catalog.itemClasses.${c}`) }))} data-testid="category-class" />
            </SchemaField>
          </Col>
          <Col span={24}>
            <SchemaField name="valuationMethod" label={t('catalog.categories.valuation')}>
              <Radio.Group options={valuationMethods.map((v) => ({ value: v, label: t(`catalog.valuationMethods.${v}`) }))} />
            </SchemaField>
          </Col>
          {editing ? (
            <Col span={12}>
              <SchemaField name="enabled" label={t('catalog.common.enabled')} valuePropName="checked"><Switch /></SchemaField>
            </Col>
          ) : null}
        </Row>
      </SchemaForm>
    </Drawer>
  );
}
