import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { financeCashKeys, listCashAccounts, type CashAccount } from '../api.ts';
import { CashAccountDrawer } from '../components/CashAccountDrawer.tsx';
import { Money } from '../components/Money.tsx';
import { sumMoney } from '../money.ts';

/** 银行与现金账户 with their book balances (from the ledger). */
export default function CashAccountsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; account: CashAccount | null }>({ open: false, account: null });
  const accounts = useQuery({ queryKey: financeCashKeys.cashAccounts, queryFn: listCashAccounts });
  const rows = accounts.data ?? [];
  const canManage = can('finance.cash.manage');

  return (
    <Card
      title={t('financeCash.cashAccounts.title')}
      extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, account: null })} data-testid="cash-account-create">{t('financeCash.cashAccounts.create')}</Button> : null}
      data-testid="cash-accounts-page"
    >
      <Table<CashAccount>
        rowKey="id"
        loading={accounts.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('financeCash.cashAccounts.name'), dataIndex: 'name', render: (_v, a) => <Link to={`/finance/journals?cashAccountId=${a.id}`}>{a.name}</Link> },
          { title: t('financeCash.cashAccounts.kind'), width: 100, render: (_v, a) => <Tag color={a.kind === 'bank' ? 'blue' : 'gold'}>{t(`financeCash.cashAccounts.kinds.${a.kind}`)}</Tag> },
          { title: t('financeCash.cashAccounts.bankName'), dataIndex: 'bankName' },
          { title: t('financeCash.cashAccounts.accountNo'), dataIndex: 'accountNo' },
          { title: t('financeCash.cashAccounts.ledgerAccount'), dataIndex: 'ledgerAccountCode', width: 110 },
          { title: t('financeCash.cashAccounts.balance'), align: 'right', width: 160, render: (_v, a) => <Money value={a.balance} strong /> },
          { title: t('financeCash.cashAccounts.enabled'), width: 80, render: (_v, a) => (a.enabled ? t('common.yes') : t('common.no')) },
          ...(canManage ? [{
            title: t('common.actions'),
            width: 80,
            render: (_v: unknown, a: CashAccount) => <Button type="link" size="small" onClick={() => setDrawer({ open: true, account: a })}>{t('common.edit')}</Button>,
          }] : []),
        ]}
        summary={() => (rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}><Typography.Text strong>{t('financeCash.cashAccounts.totalBalance')}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right"><Money value={sumMoney(rows.map((a) => a.balance))} strong testId="cash-total" /></Table.Summary.Cell>
            <Table.Summary.Cell index={6} colSpan={canManage ? 2 : 1} />
          </Table.Summary.Row>
        ) : null)}
      />
      <CashAccountDrawer
        open={drawer.open}
        account={drawer.account}
        onClose={() => setDrawer({ open: false, account: null })}
        onSaved={() => {
          feedback.message?.success(t('financeCash.common.created'));
          setDrawer({ open: false, account: null });
          void queryClient.invalidateQueries({ queryKey: financeCashKeys.cashAccounts });
        }}
      />
    </Card>
  );
}
