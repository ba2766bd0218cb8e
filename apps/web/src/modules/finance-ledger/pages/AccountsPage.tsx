import { useMemo, useState, type HTMLAttributes } from 'react';
import { Button, Card, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { accountCategories, type Account, type AccountCategory } from '../api.ts';
import { buildAccountTree, filterAccounts, type AccountNode } from '../account-tree.ts';
import { useAccounts } from '../hooks.ts';
import { AccountDrawer, type AccountDrawerState } from '../components/AccountDrawer.tsx';

const closed: AccountDrawerState = { open: false, account: null, parent: null };
// Codes are parent code + 2 digits; the server caps the depth (4 levels: 2221 → 22210101).
const maxLevel = 4;

/** 会计科目: the chart of accounts as a tree per category, with sub-accounts added by finance. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const accounts = useAccounts();
  const [category, setCategory] = useState<AccountCategory>('asset');
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<AccountDrawerState>(closed);
  const manage = can('finance.account.manage');

  const tree = useMemo(
    () => buildAccountTree(filterAccounts(accounts.items.filter((a) => a.category === category), search)),
    [accounts.items, category, search],
  );

  const columns = [
    { key: 'code', title: t('financeLedger.accounts.code'), dataIndex: 'code', width: 200, render: (code: string) => <Typography.Text strong>{code}</Typography.Text> },
    {
      key: 'name', title: t('financeLedger.accounts.name'), dataIndex: 'name',
      render: (_: string, a: Account) => (
        <Space size={4}>
          <span>{a.name}</span>
          {a.isCash ? <Tag color="gold">{t('financeLedger.accounts.cash')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'direction', title: t('financeLedger.accounts.direction'), dataIndex: 'direction', width: 90, render: (d: Account['direction']) => t(`financeLedger.directions.${d}`) },
    {
      key: 'dimensions', title: t('financeLedger.accounts.dimensions'), dataIndex: 'dimensions',
      render: (dims: Account['dimensions']) => dims.map((d) => <Tag key={d} color="blue">{t(`financeLedger.dimensions.${d}`)}</Tag>),
    },
    {
      key: 'enabled', title: t('financeLedger.accounts.enabled'), dataIndex: 'enabled', width: 90,
      render: (on: boolean) => <Tag color={on ? 'green' : 'default'}>{on ? t('common.enabled') : t('common.disabled')}</Tag>,
    },
    ...(manage ? [{
      key: 'actions', title: t('common.actions'), width: 170,
      render: (_: unknown, a: Account) => (
        <Space size={0}>
          {a.level < maxLevel && a.enabled ? (
            <Button type="link" size="small" onClick={() => setDrawer({ open: true, account: null, parent: a })} data-testid={`account-add-child-${a.code}`}>
              {t('financeLedger.accounts.addChild')}
            </Button>
          ) : null}
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, account: a, parent: null })} data-testid={`account-edit-${a.code}`}>
            {t('financeLedger.accounts.edit')}
          </Button>
        </Space>
      ),
    }] : []),
  ];

  return (
    <Card title={t('financeLedger.accounts.title')} styles={{ body: { padding: mobile ? 12 : 20 } }} data-testid="accounts-page"
      extra={<Input.Search allowClear placeholder={t('financeLedger.accounts.searchPlaceholder')} onSearch={setSearch}
        onChange={(e) => { if (!e.target.value) setSearch(''); }} style={{ width: mobile ? 160 : 240 }} data-testid="accounts-search" />}>
      <Tabs
        activeKey={category}
        onChange={(key) => setCategory(key as AccountCategory)}
        items={accountCategories.map((c) => ({ key: c, label: t(`financeLedger.categories.${c}`) }))}
      />
      <Table<AccountNode>
        rowKey="id"
        loading={accounts.isPending}
        dataSource={tree}
        columns={columns}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        // Remount when the data set changes so defaultExpandAllRows applies to the new tree.
        key={`${category}:${search}:${accounts.items.length}`}
        expandable={{ defaultExpandAllRows: true }}
        onRow={(a) => ({ 'data-testid': `account-row-${a.code}` }) as HTMLAttributes<HTMLElement>}
      />
      <AccountDrawer state={drawer} onClose={() => setDrawer(closed)} />
    </Card>
  );
}
