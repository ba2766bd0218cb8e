import { Button, Descriptions, Form, Input, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { updateProfileRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth, useMe } from '../../../app/auth/index.ts';
import { changeLanguage, currentLanguage, isLanguage } from '../../../app/i18n/index.ts';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import type { UpdateProfileRequest } from '@triad/contracts';
import { updateProfile } from '../api.ts';

export function ProfileInfoForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useAuth();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: async (_data, body: UpdateProfileRequest) => {
      if (body.locale && isLanguage(body.locale) && body.locale !== currentLanguage()) await changeLanguage(body.locale);
      await refresh();
      feedback.message?.success(t('common.saved'));
    },
  });

  return (
    <>
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('profile.info.username')}>{me.user.username}</Descriptions.Item>
        <Descriptions.Item label={t('profile.info.company')}>{me.tenant.name}</Descriptions.Item>
        <Descriptions.Item label={t('profile.info.department')}>{me.user.departmentName ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('profile.info.position')}>{me.user.positionName ?? '-'}</Descriptions.Item>
      </Descriptions>
      <SchemaForm
        schema={updateProfileRequest}
        form={form}
        initialValues={{ displayName: me.user.displayName, email: me.user.email ?? '', phone: me.user.phone ?? '', locale: me.user.locale }}
        onSubmit={(data) => save.mutateAsync(data)}
        style={{ maxWidth: 480 }}
        data-testid="profile-form"
      >
        <SchemaField name="displayName" label={t('profile.info.displayName')}>
          <Input data-testid="profile-displayName" />
        </SchemaField>
        <SchemaField name="email" label={t('profile.info.email')}>
          <Input type="email" data-testid="profile-email" />
        </SchemaField>
        <SchemaField name="phone" label={t('profile.info.phone')}>
          <Input data-testid="profile-phone" />
        </SchemaField>
        <SchemaField name="locale" label={t('profile.info.locale')}>
          <Select options={[{ value: 'zh-CN', label: '简体中文' }, { value: 'en-US', label: 'English' }]} />
        </SchemaField>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="profile-submit">
          {t('common.save')}
        </Button>
      </SchemaForm>
    </>
  );
}
