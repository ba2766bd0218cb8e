import { useMemo, useState } from 'react';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgRole } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, type ListColumn } from '../../../shared/list/index.ts';
import { deleteRole, listIds, listRoles, orgKeys, wholeListFetcher } from '../api.ts';
import { RoleDrawer } from '../components/RoleDrawer.tsx';

const fetcher = wholeListFetcher(listRoles);

export default function RolesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; role: OrgRole | null }>({ open: false, role: null });
  const manage = can('org.role.manage');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.roles) });
    void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.dataScopes) });
    void queryClient.invalidateQueries({ queryKey: orgKeys.roles });
  };
  const remove = useMutation({ mutationFn: deleteRole, onSuccess: () => { feedback.message?.success(t('common.deleted')); refresh(); } });

  const columns = useMemo<ListColumn<OrgRole>[]>(() => [
    {
      key: 'name',
      title: t('org.role.name'),
      render: (r) => <Space>{r.name}{r.isSystem ? <Tag color="blue">{t('org.role.system')}</Tag> : null}</Space>,
      exportValue: (r) => r.name,
    },
    { key: 'code', title: t('org.role.code'), render: (r) => <Typography.Text code>{r.code}</Typography.Text>, exportValue: (r) => r.code },
    { key: 'description', title: t('org.role.description'), ellipsis: true, width: 240 },
    {
      key: 'permissions',
      title: t('org.role.permissions'),
      render: (r) => (r.permissions.includes('*') ? <Tag color="gold">{t('org.role.allPermissions')}</Tag> : t('org.role.permissionCount', { count: r.permissions.length })),
      exportValue: (r) => r.permissions.join(', '),
    },
    { key: 'dataScope', title: t('org.role.dataScope'), render: (r) => t(`org.dataScope.${r.dataScope}`), exportValue: (r) => t(`org.dataScope.${r.dataScope}`) },
    { key: 'userCount', title: t('org.role.userCount'), align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (r) => manage ? (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, role: r })} data-testid="role-edit">{t('common.edit')}</Button>
          {r.isSystem ? null : (
            <Popconfirm title={t('org.role.confirmDelete')} onConfirm={() => remove.mutate(r.id)}>
              <Button type="link" size="small" danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      ) : null,
    },
  ], [t, manage, remove]);

  return (
    <>
      <ListPage<OrgRole>
        listId={listIds.roles}
        title={t('org.role.title')}
        columns={columns}
        fetcher={fetcher}
        rowKey={(r) => r.id}
        rowTestId={(r) => `role-row-${r.code}`}
        exportName={t('org.role.title')}
        paginated={false}
        toolbar={manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, role: null })} data-testid="role-create">
            {t('org.role.create')}
          </Button>
        ) : null}
      />
      <RoleDrawer
        open={drawer.open}
        role={drawer.role}
        onClose={() => setDrawer({ open: false, role: drawer.role })}
        onSaved={() => {
          setDrawer({ open: false, role: null });
          feedback.message?.success(t('common.saved'));
          refresh();
        }}
      />
    </>
  );
}
