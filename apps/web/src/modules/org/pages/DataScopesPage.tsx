import { useMemo, useState } from 'react';
import { Alert, Button, Space, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { OrgRole } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, type ListColumn } from '../../../shared/list/index.ts';
import { listIds, listRoles, orgKeys, wholeListFetcher } from '../api.ts';
import { useDepartments } from '../hooks/useOrgData.ts';
import { DataScopeModal } from '../components/DataScopeModal.tsx';

const fetcher = wholeListFetcher(listRoles);

/** 数据权限: each role's scope at a glance, editable on its own. */
export default function DataScopesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const departments = useDepartments();
  const [editing, setEditing] = useState<OrgRole | null>(null);
  const manage = can('org.role.manage');
  const nameOf = useMemo(() => new Map(departments.items.map((d) => [d.id, d.name])), [departments.items]);

  const columns = useMemo<ListColumn<OrgRole>[]>(() => [
    { key: 'name', title: t('org.role.name') },
    { key: 'dataScope', title: t('org.role.dataScope'), render: (r) => <Tag color="blue">{t(`org.dataScope.${r.dataScope}`)}</Tag>, exportValue: (r) => t(`org.dataScope.${r.dataScope}`) },
    {
      key: 'departments',
      title: t('org.role.customDepartments'),
      render: (r) => (r.dataScope === 'custom'
        ? <Space size={[0, 4]} wrap>{r.dataScopeDepartmentIds.map((id) => <Tag key={id}>{nameOf.get(id) ?? id.slice(0, 8)}</Tag>)}</Space>
        : '-'),
      exportValue: (r) => r.dataScopeDepartmentIds.map((id) => nameOf.get(id) ?? id).join('、'),
    },
    { key: 'userCount', title: t('org.role.userCount'), align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (r) => (manage && !r.isSystem ? <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="data-scope-edit">{t('org.dataScope.edit')}</Button> : null),
    },
  ], [t, manage, nameOf]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('org.dataScope.intro')} />
      <ListPage<OrgRole>
        listId={listIds.dataScopes}
        title={t('org.dataScope.title')}
        columns={columns}
        fetcher={fetcher}
        rowKey={(r) => r.id}
        paginated={false}
        exportName={t('org.dataScope.title')}
      />
      <DataScopeModal
        role={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          feedback.message?.success(t('common.saved'));
          void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.dataScopes) });
          void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.roles) });
          void queryClient.invalidateQueries({ queryKey: orgKeys.roles });
        }}
      />
    </Space>
  );
}
