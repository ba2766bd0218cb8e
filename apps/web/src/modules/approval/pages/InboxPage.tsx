import { useMemo, useState } from 'react';
import { Badge, Button, Card, Checkbox, Select, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ListPage, listQueryKey, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import {
  approvalKeys, getInboxCounts, inboxBoxes, inboxFetcher, instanceStatuses, listRequestTypes, type InboxBox, type InboxItem,
} from '../api.ts';
import { BulkApproveBar } from '../components/BulkApproveBar.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

const isBox = (value: string | null): value is InboxBox => inboxBoxes.includes(value as InboxBox);

/** 审批: to-do, done, submitted by me and CC'd to me, each a cursor-paged list. */
export default function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const mobile = useIsMobile();
  const box: InboxBox = isBox(params.get('box')) ? (params.get('box') as InboxBox) : 'todo';
  const [selected, setSelected] = useState<Record<string, string>>({});
  const counts = useQuery({ queryKey: approvalKeys.counts, queryFn: getInboxCounts, refetchInterval: 60_000 });
  const types = useQuery({ queryKey: approvalKeys.requestTypes, queryFn: listRequestTypes, staleTime: 60_000 });
  const fetcher = useMemo(() => inboxFetcher(box), [box]);

  const toggle = (row: InboxItem, on: boolean) => {
    const taskId = row.taskId;
    if (!taskId) return;
    setSelected((prev) => {
      const next = { ...prev };
      if (on) next[taskId] = row.title;
      else delete next[taskId];
      return next;
    });
  };

  const columns: ListColumn<InboxItem>[] = [
    ...(box === 'todo' ? [{
      key: 'select', title: t('approval.inbox.select'), width: 56, exportable: false,
      render: (row: InboxItem) => (
        <span onClick={(e) => e.stopPropagation()}>
          <Checkbox checked={Boolean(row.taskId && selected[row.taskId])} disabled={!row.taskId} onChange={(e) => toggle(row, e.target.checked)} data-testid="approval-row-select" />
        </span>
      ),
    }] : []),
    {
      key: 'title', title: t('approval.inbox.subject'),
      render: (row) => (
        <span>
          {box === 'cc' && row.read === false ? <Badge status="processing" style={{ marginRight: 6 }} /> : null}
          <Typography.Text strong>{row.title}</Typography.Text>
        </span>
      ),
    },
    { key: 'requestTypeName', title: t('approval.inbox.requestType') },
    { key: 'number', title: t('approval.inbox.number') },
    { key: 'initiator', title: t('approval.inbox.initiator'), dataIndex: ['initiator', 'displayName'] },
    { key: 'status', title: t('common.status'), render: (row) => <StatusTag status={row.status} /> },
    { key: 'nodeName', title: t('approval.inbox.node'), defaultHidden: box !== 'todo' },
    box === 'todo'
      ? { key: 'receivedAt', title: t('approval.inbox.receivedAt'), render: (row) => formatDateTime(row.receivedAt) }
      : box === 'done'
        ? { key: 'decidedAt', title: t('approval.inbox.decidedAt'), render: (row) => formatDateTime(row.decidedAt) }
        : { key: 'createdAt', title: t('approval.inbox.createdAt'), render: (row) => formatDateTime(row.createdAt) },
  ];

  // On a phone one compact cell per row, as DingTalk's list: title and status, then type · initiator · time.
  const timeOf = (row: InboxItem) => formatDateTime(box === 'todo' ? row.receivedAt : box === 'done' ? row.decidedAt : row.createdAt);
  const phoneColumns: ListColumn<InboxItem>[] = [
    ...columns.filter((c) => c.key === 'select'),
    {
      key: 'title', title: t('approval.inbox.subject'),
      render: (row) => (
        <div style={{ minWidth: 0 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Typography.Text strong ellipsis>{row.title}</Typography.Text>
            <StatusTag status={row.status} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.requestTypeName} · {row.initiator.displayName} · {timeOf(row)}</Typography.Text>
        </div>
      ),
    },
  ];

  const filters: ListFilter[] = [
    { name: 'q', label: t('approval.inbox.keyword'), placeholder: t('approval.inbox.keywordPlaceholder'), width: 220 },
    {
      name: 'requestTypeId', label: t('approval.inbox.requestType'), width: 180,
      input: <Select allowClear style={{ width: 180 }} options={(types.data ?? []).map((rt) => ({ value: rt.id, label: rt.name }))} data-testid="filter-requestTypeId" />,
    },
    {
      name: 'status', label: t('common.status'), width: 140,
      input: <Select allowClear style={{ width: 140 }} options={instanceStatuses.map((s) => ({ value: s, label: t(`approval.status.${s}`) }))} data-testid="filter-status" />,
    },
  ];

  const refresh = () => {
    setSelected({});
    void queryClient.invalidateQueries({ queryKey: listQueryKey(`approval.inbox.${box}`) });
    void queryClient.invalidateQueries({ queryKey: approvalKeys.counts });
  };

  const label = (key: InboxBox) => {
    const count = counts.data?.[key];
    return (
      <span data-testid={`approval-tab-${key}`}>
        {t(`approval.inbox.${key}`)}
        {count !== undefined ? <Badge count={key === 'cc' ? counts.data?.ccUnread : count} showZero={key !== 'cc'} overflowCount={999} color={key === 'todo' && (count ?? 0) > 0 ? undefined : '#bfbfbf'} style={{ marginLeft: 6 }} /> : null}
      </span>
    );
  };

  return (
    <Card
      title={t('approval.inbox.title')}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/approval/new')} data-testid="approval-start">{t('approval.inbox.start')}</Button>}
      data-testid="approval-inbox"
    >
      <Tabs
        activeKey={box}
        onChange={(key) => { setSelected({}); setParams({ box: key }); }}
        items={inboxBoxes.map((key) => ({ key, label: label(key) }))}
      />
      {box === 'todo' && (counts.data?.todo ?? 0) > 0 ? <BulkApproveBar taskIds={Object.keys(selected)} titles={selected} onDone={refresh} /> : null}
      <ListPage<InboxItem>
        key={`${box}-${mobile ? 'phone' : 'desk'}`}
        embedded
        listId={`approval.inbox.${box}`}
        columns={mobile ? phoneColumns : columns}
        fetcher={fetcher}
        filters={filters}
        rowKey={(row) => `${row.instanceId}:${row.taskId ?? ''}`}
        onRowClick={(row) => void navigate(`/approval/instances/${row.instanceId}`)}
        rowTestId={() => 'approval-inbox-row'}
      />
    </Card>
  );
}
