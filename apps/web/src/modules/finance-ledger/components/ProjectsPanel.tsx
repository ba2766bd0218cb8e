import { Button, Form, Input, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createProjectRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { createProject, ledgerKeys, type Project } from '../api.ts';
import { useProjects } from '../hooks.ts';

/** 项目: the list behind the 项目 dimension of vouchers, with an inline add form. */
export function ProjectsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const projects = useProjects();
  const create = useMutation({
    mutationFn: createProject,
    onSuccess: () => {
      feedback.message?.success(t('common.saved'));
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.projects });
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <SchemaForm schema={createProjectRequest} form={form} layout="inline" onSubmit={(data) => create.mutateAsync(data)} data-testid="project-form">
        <SchemaField name="code" label={t('financeLedger.settings.projectCode')}><Input style={{ width: 140 }} data-testid="project-code" /></SchemaField>
        <SchemaField name="name" label={t('financeLedger.settings.projectName')}><Input style={{ width: 220 }} data-testid="project-name" /></SchemaField>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending} data-testid="project-create">{t('financeLedger.settings.createProject')}</Button>
        </Form.Item>
      </SchemaForm>
      <Table<Project>
        rowKey="id"
        loading={projects.isPending}
        dataSource={projects.data ?? []}
        pagination={false}
        size="small"
        columns={[
          { key: 'code', title: t('financeLedger.settings.projectCode'), dataIndex: 'code' },
          { key: 'name', title: t('financeLedger.settings.projectName'), dataIndex: 'name' },
          { key: 'enabled', title: t('common.status'), render: (_, p) => <Tag color={p.enabled ? 'green' : 'default'}>{p.enabled ? t('common.enabled') : t('common.disabled')}</Tag> },
        ]}
      />
    </Space>
  );
}
