import { Button, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { changePasswordRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { changePassword } from '../api.ts';

export function PasswordForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.resetFields();
      feedback.message?.success(t('profile.password.changed'));
    },
  });

  return (
    <SchemaForm
      schema={changePasswordRequest}
      form={form}
      onSubmit={(data) => save.mutateAsync(data)}
      style={{ maxWidth: 420 }}
      data-testid="password-form"
    >
      <SchemaField name="currentPassword" label={t('profile.password.current')}>
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </SchemaField>
      <SchemaField name="newPassword" label={t('profile.password.next')} extra={t('profile.password.hint')}>
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </SchemaField>
      <Form.Item
        name="confirmPassword"
        label={t('profile.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('profile.password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="password-submit">
        {t('common.save')}
      </Button>
    </SchemaForm>
  );
}
