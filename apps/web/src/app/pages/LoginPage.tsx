import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { loginRequest, type LoginRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/index.ts';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { SchemaField, SchemaForm } from '../../shared/form/index.ts';

/** Only same-site paths: an open redirect after login would be a phishing aid. */
function safeRedirect(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [showTenant, setShowTenant] = useState(false);
  const submit = useMutation({
    mutationFn: (body: LoginRequest) => login(body),
    // The error is shown in the form itself.
    meta: { silent: true },
    onSuccess: () => navigate(safeRedirect(params.get('redirect')), { replace: true }),
  });

  if (me && !submit.isPending) return <Navigate to={safeRedirect(params.get('redirect'))} replace />;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: 'linear-gradient(135deg, #e6f4ff 0%, #f0f5ff 50%, #f9f0ff 100%)' }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 12 }}>
        <LanguageSwitch />
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <Typography.Title level={2} style={{ marginBottom: 4, color: '#1677ff' }}>{t('app.name')}</Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
          {submit.error ? (
            <Alert type="error" showIcon title={submit.error.message || t('common.requestFailed')} style={{ marginBottom: 16 }} data-testid="login-error" />
          ) : null}
          <SchemaForm
            schema={loginRequest}
            form={form}
            size="large"
            requiredMark={false}
            onSubmit={(data) => submit.mutateAsync(data)}
            data-testid="login-form"
          >
            <SchemaField name="username" label={t('login.username')}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
            </SchemaField>
            <SchemaField name="password" label={t('login.password')}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </SchemaField>
            {showTenant ? (
              <SchemaField name="tenantCode" label={t('login.tenantCode')} extra={t('login.tenantCodeHelp')}>
                <Input prefix={<ShopOutlined />} autoComplete="organization" data-testid="login-tenant" />
              </SchemaField>
            ) : null}
            <Button type="primary" htmlType="submit" block loading={submit.isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
            <div style={{ textAlign: 'right', marginTop: 12 }}>
              <Typography.Link
                onClick={() => {
                  if (showTenant) form.setFieldValue('tenantCode', undefined);
                  setShowTenant(!showTenant);
                }}
                data-testid="login-toggle-tenant"
              >
                {showTenant ? t('login.hideTenantCode') : t('login.showTenantCode')}
              </Typography.Link>
            </div>
          </SchemaForm>
        </Card>
      </div>
    </div>
  );
}
