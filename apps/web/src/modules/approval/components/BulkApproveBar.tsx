import { useState } from 'react';
import { Alert, Button, List, Space, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { feedback, notifyError } from '../../../app/api/index.ts';
import { bulkApprove, type BulkApproveResult } from '../api.ts';

interface Props {
  taskIds: string[];
  /** Titles by task id, to name the ones that failed. */
  titles: Record<string, string>;
  onDone: () => void;
}

/** 批量同意 on the to-do tab; tasks that need a form edit or forbid bulk approval come back as failures. */
export function BulkApproveBar({ taskIds, titles, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkApproveResult | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const outcome = await bulkApprove(taskIds);
      setResult(outcome);
      if (outcome.approved.length > 0) feedback.message?.success(t('approval.inbox.bulkDone', { count: outcome.approved.length }));
      onDone();
    } catch (error) {
      notifyError(error, t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Space wrap>
        <Typography.Text type="secondary" data-testid="approval-bulk-selected">{t('approval.inbox.selected', { count: taskIds.length })}</Typography.Text>
        <Button type="primary" icon={<CheckOutlined />} disabled={taskIds.length === 0} loading={busy} onClick={() => void run()} data-testid="approval-bulk-approve">
          {t('approval.inbox.bulkApprove')}
        </Button>
      </Space>
      {result && result.failed.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setResult(null)}
          title={t('approval.inbox.bulkFailed', { count: result.failed.length })}
          description={<List size="small" dataSource={result.failed} renderItem={(f) => <List.Item>{titles[f.taskId] ?? f.taskId}：{f.message}</List.Item>} />}
          data-testid="approval-bulk-failures"
        />
      ) : null}
    </Space>
  );
}
