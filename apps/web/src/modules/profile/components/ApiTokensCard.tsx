import { useState } from 'react';
import { Alert, Badge, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { SecretOnceModal } from '../../../shared/feedback/SecretOnceModal.tsx';
import { listTokens, revokeToken, tokenKeys, type ApiTokenCreated } from '../api.ts';
import { CreateTokenModal } from './CreateTokenModal.tsx';

function statusOf(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return 'expired';
  return 'active';
}

export function ApiTokensCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const tokens = useQuery({ queryKey: tokenKeys.all, queryFn: listTokens });
  const revoke = useMutation({
    mutationFn: revokeToken,
    onSuccess: () => {
      feedback.message?.success(t('profile.tokens.revokedDone'));
      void queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Alert type="info" showIcon title={t('profile.tokens.intro')} />
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
        {t('profile.tokens.create')}
      </Button>
      <Table<ApiToken>
        rowKey="id"
        loading={tokens.isPending}
        dataSource={tokens.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        size="middle"
        columns={[
          { key: 'name', title: t('profile.tokens.name'), dataIndex: 'name' },
          { key: 'prefix', title: t('profile.tokens.prefix'), render: (_v, r) => <Typography.Text code>{r.prefix}…</Typography.Text> },
          { key: 'scopes', title: t('profile.tokens.scopes'), render: (_v, r) => r.scopes.join(', ') },
          {
            key: 'status',
            title: t('profile.tokens.status'),
            render: (_v, r) => {
              const status = statusOf(r);
              return <Badge status={status === 'active' ? 'success' : 'default'} text={t(`profile.tokens.${status}`)} />;
            },
          },
          { key: 'expiresAt', title: t('profile.tokens.expiresAt'), render: (_v, r) => (r.expiresAt ? formatDateTime(r.expiresAt) : t('profile.tokens.never')) },
          { key: 'lastUsedAt', title: t('profile.tokens.lastUsedAt'), render: (_v, r) => formatDateTime(r.lastUsedAt) || '-' },
          { key: 'createdAt', title: t('profile.tokens.createdAt'), render: (_v, r) => formatDateTime(r.createdAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_v, r) => statusOf(r) === 'revoked' ? null : (
              <Popconfirm title={t('profile.tokens.confirmRevoke')} onConfirm={() => revoke.mutate(r.id)}>
                <Button type="link" danger size="small" data-testid="token-revoke">{t('profile.tokens.revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
          void queryClient.invalidateQueries({ queryKey: tokenKeys.all });
        }}
      />
      <SecretOnceModal secret={created?.token ?? null} title={t('profile.tokens.createdTitle')} hint={t('profile.tokens.createdHint')} onClose={() => setCreated(null)} />
    </Space>
  );
}
