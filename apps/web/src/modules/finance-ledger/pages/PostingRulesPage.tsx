import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { deletePostingRule, ledgerKeys, listPostingRules, type PostingRule } from '../api.ts';
import { PostingRuleDrawer } from '../components/PostingRuleDrawer.tsx';

/** 过账规则: which account a business document's posting role lands on. */
export default function PostingRulesPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: ledgerKeys.postingRules, queryFn: listPostingRules });
  const [creating, setCreating] = useState(false);
  const remove = useMutation({
    mutationFn: deletePostingRule,
    onSuccess: () => {
      feedback.message?.success(t('common.deleted'));
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.postingRules });
    },
  });
  const roleLabel = (role: string) => t(`financeLedger.postingRules.roles.${role}`, { defaultValue: role });
  const rows = [...(rules.data ?? [])].sort((a, b) => a.documentType.localeCompare(b.documentType) || a.role.localeCompare(b.role));

  return (
    <Card
      title={t('financeLedger.postingRules.title')}
      styles={{ body: { padding: mobile ? 12 : 20 } }}
      data-testid="posting-rules-page"
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="posting-rule-create">{t('financeLedger.postingRules.create')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('financeLedger.postingRules.hint')}</Typography.Paragraph>
      <Table<PostingRule>
        rowKey="id"
        loading={rules.isPending}
        dataSource={rows}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': `posting-rule-${r.documentType}-${r.role}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'documentType', title: t('financeLedger.postingRules.documentType'),
            render: (_, r) => (r.documentType === '*' ? <Tag>{t('financeLedger.postingRules.anyDocument')}</Tag> : t(`documentTypes.${r.documentType}`, { defaultValue: r.documentType })),
          },
          { key: 'role', title: t('financeLedger.postingRules.role'), render: (_, r) => <span>{roleLabel(r.role)} <Typography.Text type="secondary">({r.role})</Typography.Text></span> },
          { key: 'itemCategory', title: t('financeLedger.postingRules.itemCategory'), render: (_, r) => r.itemCategory ?? '-' },
          { key: 'partner', title: t('financeLedger.postingRules.partner'), render: (_, r) => (r.partnerId ? <Tag color="purple">{r.partnerName ?? r.partnerId.slice(0, 8)}</Tag> : '-') },
          { key: 'account', title: t('financeLedger.postingRules.account'), render: (_, r) => `${r.accountCode} ${r.accountName}` },
          {
            key: 'actions', title: t('common.actions'),
            render: (_, r) => (
              <Popconfirm title={t('financeLedger.postingRules.confirmDelete')} onConfirm={() => remove.mutate(r.id)}>
                <Button type="link" size="small" danger data-testid="posting-rule-delete">{t('common.delete')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <PostingRuleDrawer open={creating} onClose={() => setCreating(false)} roleLabel={roleLabel} />
    </Card>
  );
}
