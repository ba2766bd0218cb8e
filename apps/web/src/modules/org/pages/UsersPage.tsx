import { useMemo, useState } from 'react';
import { Badge, Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgUser } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { SecretOnceModal } from '../../../shared/feedback/SecretOnceModal.tsx';
import { formatDateTime } from '../../../shared/format.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { disableUser, enableUser, listIds, resetUserPassword, userFetcher } from '../api.ts';
import { DepartmentTreeSelect } from '../components/DepartmentTreeSelect.tsx';
import { UserDrawer } from '../components/UserDrawer.tsx';

interface Secret { title: string; hint: string; value: string }

export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; user: OrgUser | null }>({ open: false, user: null });
  const [secret, setSecret] = useState<Secret | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.users) });

  const disable = useMutation({ mutationFn: disableUser, onSuccess: () => { feedback.message?.success(t('org.user.disabledDone')); void refresh(); } });
  const enable = useMutation({ mutationFn: enableUser, onSuccess: () => { feedback.message?.success(t('org.user.enabledDone')); void refresh(); } });
  const reset = useMutation({
    mutationFn: resetUserPassword,
    onSuccess: (result) => setSecret({ title: t('org.user.newPasswordTitle'), hint: t('org.user.newPasswordHint'), value: result.password }),
  });

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'q', label: t('org.user.keyword'), placeholder: t('org.user.search'), width: 200 },
    {
      name: 'departmentId',
      label: t('org.user.department'),
      input: <DepartmentTreeSelect style={{ width: 200 }} testId="filter-departmentId" />,
      // A department manager expects to see the people of the sub-departments too.
      toQuery: (value) => (typeof value === 'string' ? { departmentId: value, includeChildren: 'true' } : {}),
    },
    selectFilter('status', t('org.user.status'), [
      { value: 'active', label: t('org.user.active') },
      { value: 'disabled', label: t('org.user.disabled') },
    ], 120),
  ], [t]);

  const columns = useMemo<ListColumn<OrgUser>[]>(() => {
    const list: ListColumn<OrgUser>[] = [
      { key: 'displayName', title: t('org.user.displayName'), sortable: true, width: 120 },
      { key: 'username', title: t('org.user.username'), sortable: true, width: 140 },
      { key: 'departmentName', title: t('org.user.department'), width: 140 },
      { key: 'positionName', title: t('org.user.position'), width: 120 },
      { key: 'superiorName', title: t('org.user.superior'), width: 110, defaultHidden: true },
      {
        key: 'roles',
        title: t('org.user.roles'),
        render: (u) => <Space size={[0, 4]} wrap>{u.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>)}</Space>,
        exportValue: (u) => u.roles.map((r) => r.name).join('、'),
      },
      { key: 'phone', title: t('org.user.phone'), width: 130 },
      { key: 'email', title: t('org.user.email'), defaultHidden: true },
    ];
    if (can('org.user.viewSalary')) list.push({ key: 'monthlySalary', title: t('org.user.monthlySalary'), align: 'right', defaultHidden: true });
    list.push(
      {
        key: 'status',
        title: t('org.user.status'),
        width: 90,
        render: (u) => <Badge status={u.status === 'active' ? 'success' : 'default'} text={t(`org.user.${u.status}`)} />,
        exportValue: (u) => t(`org.user.${u.status}`),
      },
      { key: 'createdAt', title: t('org.user.createdAt'), sortable: true, width: 170, render: (u) => formatDateTime(u.createdAt), exportValue: (u) => formatDateTime(u.createdAt) },
      {
        key: 'actions',
        title: t('common.actions'),
        exportable: false,
        fixed: 'right',
        render: (u) => (
          <Space size={0}>
            {can('org.user.update') ? <Button type="link" size="small" onClick={() => setDrawer({ open: true, user: u })} data-testid="user-edit">{t('common.edit')}</Button> : null}
            {can('org.user.disable') && u.status === 'active' ? (
              <Popconfirm title={t('org.user.confirmDisable')} onConfirm={() => disable.mutate(u.id)}>
                <Button type="link" size="small" danger data-testid="user-disable">{t('org.user.disable')}</Button>
              </Popconfirm>
            ) : null}
            {can('org.user.disable') && u.status === 'disabled' ? (
              <Popconfirm title={t('org.user.confirmEnable')} onConfirm={() => enable.mutate(u.id)}>
                <Button type="link" size="small" data-testid="user-enable">{t('org.user.enable')}</Button>
              </Popconfirm>
            ) : null}
            {can('org.user.resetPassword') ? (
              <Popconfirm title={t('org.user.confirmReset')} onConfirm={() => reset.mutate(u.id)}>
                <Button type="link" size="small" data-testid="user-reset-password">{t('org.user.resetPassword')}</Button>
              </Popconfirm>
            ) : null}
          </Space>
        ),
      },
    );
    return list;
  }, [t, can, disable, enable, reset]);

  return (
    <>
      <ListPage<OrgUser>
        listId={listIds.users}
        title={t('org.user.title')}
        columns={columns}
        fetcher={userFetcher}
        rowKey={(u) => u.id}
        rowTestId={(u) => `user-row-${u.username}`}
        filters={filters}
        exportName={t('org.user.title')}
        toolbar={can('org.user.create') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, user: null })} data-testid="user-create">
            {t('org.user.create')}
          </Button>
        ) : null}
      />
      <UserDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer({ open: false, user: drawer.user })}
        onSaved={({ created }) => {
          setDrawer({ open: false, user: null });
          void refresh();
          feedback.message?.success(created ? t('org.user.created') : t('common.saved'));
          if (created?.generatedPassword) {
            setSecret({ title: t('org.user.createdWithPassword'), hint: t('org.user.newPasswordHint'), value: created.generatedPassword });
          }
        }}
      />
      <SecretOnceModal secret={secret?.value ?? null} title={secret?.title ?? ''} hint={secret?.hint ?? ''} onClose={() => setSecret(null)} />
    </>
  );
}
