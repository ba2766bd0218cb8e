import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifyError } from '../../../app/api/index.ts';
import { approvalKeys, createRequestType, listRequestTypes, requestTypeCategories, type RequestTypeCategory, type RequestTypeSummary } from '../api.ts';

interface CreateForm { code: string; name: string; category: RequestTypeCategory; description?: string }

/** 审批设计: every request type of the company, published or not. */
export default function DesignerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CreateForm>();
  const types = useQuery({ queryKey: approvalKeys.requestTypes, queryFn: listRequestTypes });
  const create = useMutation({
    mutationFn: createRequestType,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: approvalKeys.requestTypes });
      setOpen(false);
      void navigate(`/approval/designer/${created.id}`);
    },
    onError: (error) => notifyError(error, t('common.requestFailed')),
  });

  return (
    <Card
      title={t('approval.designer.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="approval-designer-create">{t('approval.designer.create')}</Button>}
      data-testid="approval-designer-list"
    >
      <Table<RequestTypeSummary>
        rowKey="id"
        loading={types.isPending}
        dataSource={types.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => void navigate(`/approval/designer/${row.id}`), style: { cursor: 'pointer' }, 'data-testid': 'approval-designer-row' }) as object}
        columns={[
          { key: 'name', title: t('approval.designer.name'), dataIndex: 'name' },
          { key: 'code', title: t('approval.designer.code'), dataIndex: 'code' },
          { key: 'category', title: t('approval.designer.category'), render: (_v, r) => t(`approval.category.${r.category}`) },
          { key: 'version', title: t('approval.designer.version'), render: (_v, r) => (r.publishedVersion === null ? <Tag>{t('approval.designer.unpublished')}</Tag> : <Tag color="green">v{r.publishedVersion}</Tag>) },
          { key: 'enabled', title: t('approval.designer.enabled'), render: (_v, r) => (r.enabled ? t('common.yes') : t('common.no')) },
        ]}
      />
      <Modal open={open} title={t('approval.designer.create')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ category: 'general' }} onFinish={(values) => create.mutate(values)}>
          <Form.Item name="name" label={t('approval.designer.name')} rules={[{ required: true, max: 60 }]}>
            <Input data-testid="approval-type-name" />
          </Form.Item>
          <Form.Item name="code" label={t('approval.designer.code')} extra={t('approval.designer.codeHelp')} rules={[{ required: true, pattern: /^[a-z][a-zA-Z0-9]{1,39}$/, message: t('approval.designer.codeHelp') }]}>
            <Input data-testid="approval-type-code" />
          </Form.Item>
          <Form.Item name="category" label={t('approval.designer.category')} rules={[{ required: true }]}>
            <Select options={requestTypeCategories.map((c) => ({ value: c, label: t(`approval.category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('approval.designer.description')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
