import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileList, type FileMeta } from '../../../shared/files/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import type { InstanceDetail } from '../api.ts';

const colors: Record<string, string> = { approve: 'green', submitted: 'blue', submit: 'blue', reject: 'red', withdraw: 'gray', return: 'orange', comment: 'gray' };
const known = ['approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'removeSigner', 'withdraw', 'urge', 'comment', 'submit', 'submitted', 'resubmit'];

/** 审批记录: every action and comment, oldest first, as DingTalk lists them under the form. */
export function InstanceTimeline({ timeline, files }: { timeline: InstanceDetail['timeline']; files: Record<string, FileMeta | undefined> }) {
  const { t } = useTranslation();
  return (
    <Timeline
      data-testid="approval-timeline"
      items={timeline.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: colors[entry.action] ?? 'blue',
        content: (
          <div>
            <div>
              <Typography.Text strong>{entry.actor?.displayName ?? '-'}</Typography.Text>
              <Typography.Text style={{ marginLeft: 8 }}>{known.includes(entry.action) ? t(`approval.action.${entry.action}`) : entry.action}</Typography.Text>
              {entry.nodeName ? <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{entry.nodeName}</Typography.Text> : null}
            </div>
            {entry.comment ? <Typography.Paragraph style={{ margin: '4px 0', background: '#fafafa', padding: '6px 10px', borderRadius: 6, whiteSpace: 'pre-wrap' }}>{entry.comment}</Typography.Paragraph> : null}
            {entry.attachments.length > 0 ? <div style={{ margin: '4px 0' }}><FileList ids={entry.attachments} files={files} /></div> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(entry.at)}</Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
