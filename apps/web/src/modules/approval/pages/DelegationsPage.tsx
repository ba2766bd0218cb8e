import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Modal, Popconfirm, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback, notifyError } from '../../../app/api/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { approvalKeys, createDelegation, deleteDelegation, listDelegations, type Delegation } from '../api.ts';
import { UserPicker } from '../components/UserPicker.tsx';

interface DelegationForm { delegate: string[]; period: [Dayjs, Dayjs] }

/** 外出委托: while away, one's approval tasks go to a delegate for a period. */
export default function DelegationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DelegationForm>();
  const delegations = useQuery({ queryKey: approvalKeys.delegations, queryFn: listDelegations });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: approvalKeys.delegations });

  const create = useMutation({
    mutationFn: (values: DelegationForm) => createDelegation({
      delegateId: values.delegate[0] ?? '',
      startsAt: values.period[0].startOf('day').toISOString(),
      endsAt: values.period[1].endOf('day').toISOString(),
    }),
    onSuccess: () => { feedback.message?.success(t('approval.delegation.created')); setOpen(false); form.resetFields(); refresh(); },
    onError: (error) => notifyError(error, t('common.requestFailed')),
  });
  const remove = useMutation({
    mutationFn: deleteDelegation,
    onSuccess: () => { feedback.message?.success(t('common.deleted')); refresh(); },
    onError: (error) => notifyError(error, t('common.requestFailed')),
  });

  return (
    <Card
      title={t('approval.delegation.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="approval-delegation-add">{t('approval.delegation.add')}</Button>}
      data-testid="approval-delegations"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('approval.delegation.help')} />
        <Table<Delegation>
          rowKey="id"
          size="small"
          loading={delegations.isPending}
          dataSource={delegations.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={() => ({ 'data-testid': 'approval-delegation-row' }) as object}
          columns={[
            { key: 'user', title: t('approval.delegation.user'), render: (_v, d) => d.user.displayName },
            { key: 'delegate', title: t('approval.delegation.delegate'), render: (_v, d) => d.delegate.displayName },
            { key: 'startsAt', title: t('approval.delegation.startsAt'), render: (_v, d) => formatDateTime(d.startsAt) },
            { key: 'endsAt', title: t('approval.delegation.endsAt'), render: (_v, d) => formatDateTime(d.endsAt) },
            {
              key: 'actions', title: t('common.actions'),
              render: (_v, d) => (
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(d.id)}>
                  <Button type="link" danger icon={<DeleteOutlined />} data-testid="approval-delegation-delete">{t('common.delete')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Space>
      <Modal open={open} title={t('approval.delegation.add')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(values) => create.mutate(values)}>
          <Form.Item name="delegate" label={t('approval.delegation.delegate')} rules={[{ required: true, message: t('approval.action.pickUserRequired') }]}>
            <UserPicker testId="approval-delegation-user" />
          </Form.Item>
          <Form.Item name="period" label={t('approval.delegation.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="approval-delegation-period" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
