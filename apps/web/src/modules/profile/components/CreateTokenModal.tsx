import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { apiTokenCreateRequest } from '@triad/contracts';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/index.ts';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { createToken, type ApiTokenCreated } from '../api.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (token: ApiTokenCreated) => void;
}

/** A token never gets more than its owner: the scopes offered are the user's own keys. */
export function CreateTokenModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Record<string, unknown>>();
  const create = useMutation({ mutationFn: createToken, onSuccess: (token) => { form.resetFields(); onCreated(token); } });
  const scopeOptions = [
    { value: '*', label: t('profile.tokens.allScopes') },
    ...me.permissions.filter((p) => p !== '*').map((p) => ({ value: p, label: p })),
  ];

  return (
    <Modal
      open={open}
      title={t('profile.tokens.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'token-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <SchemaForm
        schema={apiTokenCreateRequest}
        form={form}
        initialValues={{ scopes: ['*'] }}
        prepare={(values) => {
          const expires = values.expiresAt as Dayjs | null | undefined;
          return { ...values, expiresAt: expires ? expires.endOf('day').toISOString() : null };
        }}
        onSubmit={(data) => create.mutateAsync(data)}
      >
        <SchemaField name="name" label={t('profile.tokens.name')}>
          <Input data-testid="token-name" />
        </SchemaField>
        <SchemaField name="scopes" label={t('profile.tokens.scopes')}>
          <Select mode="multiple" options={scopeOptions} data-testid="token-scopes" />
        </SchemaField>
        <Form.Item name="expiresAt" label={t('profile.tokens.expiresAt')} extra={t('profile.tokens.never')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </SchemaForm>
    </Modal>
  );
}
