import { useMemo, useState } from 'react';
import { Button, Popconfirm, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgPosition } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, type ListColumn } from '../../../shared/list/index.ts';
import { deletePosition, listIds, listPositions, orgKeys, wholeListFetcher } from '../api.ts';
import { PositionModal } from '../components/PositionModal.tsx';

const fetcher = wholeListFetcher(listPositions);

export default function PositionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<{ open: boolean; position: OrgPosition | null }>({ open: false, position: null });
  const manage = can('org.position.manage');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.positions) });
    void queryClient.invalidateQueries({ queryKey: orgKeys.positions });
  };
  const remove = useMutation({ mutationFn: deletePosition, onSuccess: () => { feedback.message?.success(t('common.deleted')); refresh(); } });

  const columns = useMemo<ListColumn<OrgPosition>[]>(() => [
    { key: 'name', title: t('org.position.name') },
    { key: 'code', title: t('org.position.code') },
    { key: 'userCount', title: t('org.position.userCount'), align: 'right' },
    { key: 'sortOrder', title: t('org.position.sortOrder'), align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (p) => manage ? (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ open: true, position: p })}>{t('common.edit')}</Button>
          <Popconfirm title={t('org.position.confirmDelete')} onConfirm={() => remove.mutate(p.id)}>
            <Button type="link" size="small" danger>{t('common.delete')}</Button>
          </Popconfirm>
        </Space>
      ) : null,
    },
  ], [t, manage, remove]);

  return (
    <>
      <ListPage<OrgPosition>
        listId={listIds.positions}
        title={t('org.position.title')}
        columns={columns}
        fetcher={fetcher}
        rowKey={(p) => p.id}
        exportName={t('org.position.title')}
        paginated={false}
        toolbar={manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true, position: null })} data-testid="position-create">
            {t('org.position.create')}
          </Button>
        ) : null}
      />
      <PositionModal
        open={modal.open}
        position={modal.position}
        onClose={() => setModal({ open: false, position: null })}
        onSaved={() => {
          setModal({ open: false, position: null });
          feedback.message?.success(t('common.saved'));
          refresh();
        }}
      />
    </>
  );
}
