import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { deleteDepartment, orgKeys } from '../api.ts';
import { useDepartments, type DepartmentNode } from '../hooks/useOrgData.ts';
import { DepartmentDrawer, type DepartmentDrawerState } from '../components/DepartmentDrawer.tsx';

const closed: DepartmentDrawerState = { open: false, department: null, parentId: null };

/** 部门管理: the department tree with its heads and head counts. */
export default function DepartmentsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const departments = useDepartments();
  const [drawer, setDrawer] = useState<DepartmentDrawerState>(closed);
  const manage = can('org.department.manage');
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKeys.departments });
  const remove = useMutation({ mutationFn: deleteDepartment, onSuccess: () => { feedback.message?.success(t('common.deleted')); void refresh(); } });

  return (
    <Card
      title={t('org.department.title')}
      extra={manage ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, department: null, parentId: null })} data-testid="department-create">
          {t('org.department.create')}
        </Button>
      ) : null}
      styles={{ body: { padding: mobile ? 12 : 20 } }}
    >
      <Table<DepartmentNode>
        rowKey="id"
        loading={departments.isPending}
        dataSource={departments.tree}
        pagination={false}
        size={mobile ? 'small' : 'middle'}
        scroll={{ x: 'max-content' }}
        expandable={{ defaultExpandAllRows: true }}
        key={departments.tree.length}
        onRow={(d) => ({ 'data-testid': `department-row-${d.name}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'name', title: t('org.department.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { key: 'code', title: t('org.department.code'), dataIndex: 'code', render: (v: string | null) => v ?? '-' },
          { key: 'head', title: t('org.department.head'), dataIndex: 'headName', render: (v: string | null) => v ?? '-' },
          { key: 'userCount', title: t('org.department.userCount'), dataIndex: 'userCount', align: 'right' },
          { key: 'sortOrder', title: t('org.department.sortOrder'), dataIndex: 'sortOrder', align: 'right', responsive: ['md'] },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_v, d) => manage ? (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setDrawer({ open: true, department: null, parentId: d.id })} data-testid="department-add-child">
                  {t('org.department.addChild')}
                </Button>
                <Button type="link" size="small" onClick={() => setDrawer({ open: true, department: d, parentId: d.parentId })}>{t('common.edit')}</Button>
                <Popconfirm title={t('org.department.confirmDelete')} onConfirm={() => remove.mutate(d.id)}>
                  <Button type="link" size="small" danger>{t('common.delete')}</Button>
                </Popconfirm>
              </Space>
            ) : null,
          },
        ]}
      />
      <DepartmentDrawer
        state={drawer}
        onClose={() => setDrawer(closed)}
        onSaved={() => {
          setDrawer(closed);
          feedback.message?.success(t('common.saved'));
          void refresh();
        }}
      />
    </Card>
  );
}
