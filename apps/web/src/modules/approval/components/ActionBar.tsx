import { Button, Dropdown, Space } from 'antd';
import { CheckOutlined, CloseOutlined, MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import type { ActionName } from '../api.ts';

const order: ActionName[] = ['resubmit', 'approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'removeSigner', 'withdraw', 'urge', 'comment'];

/** The caller's possible actions; on a phone 同意/拒绝 stay visible and the rest fold into 更多. */
export function ActionBar({ actions, onAction }: { actions: ActionName[]; onAction: (action: ActionName) => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const sorted = order.filter((a) => actions.includes(a));
  const isPrimary = (a: ActionName) => a === 'approve' || a === 'reject' || a === 'resubmit';
  const primary = sorted.filter(isPrimary);
  const rest = sorted.filter((a) => !isPrimary(a));
  const button = (action: ActionName) => (
    <Button
      key={action}
      type={action === 'approve' || action === 'resubmit' ? 'primary' : 'default'}
      danger={action === 'reject'}
      icon={action === 'approve' ? <CheckOutlined /> : action === 'reject' ? <CloseOutlined /> : undefined}
      onClick={() => onAction(action)}
      data-testid={`approval-action-${action}`}
    >
      {t(`approval.action.${action}`)}
    </Button>
  );
  if (sorted.length === 0) return null;
  return (
    <div
      data-testid="approval-action-bar"
      style={mobile
        ? { position: 'sticky', bottom: 0, zIndex: 10, background: '#fff', padding: '10px 12px', borderTop: '1px solid #f0f0f0', margin: '0 -12px' }
        : { marginBottom: 16 }}
    >
      <Space wrap>
        {primary.map(button)}
        {mobile && primary.length > 0 && rest.length > 1 ? (
          <Dropdown menu={{ items: rest.map((a) => ({ key: a, label: t(`approval.action.${a}`) })), onClick: ({ key }) => onAction(key as ActionName) }}>
            <Button icon={<MoreOutlined />} data-testid="approval-action-more" />
          </Dropdown>
        ) : rest.map(button)}
      </Space>
    </div>
  );
}
