import { Avatar, Space, Steps, Tag, Typography } from 'antd';
import { CheckCircleOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PreviewNode } from '../api.ts';

/** The route a submission would take, as DingTalk shows it under the form: initiator → steps → end. */
export function RouteSteps({ nodes }: { nodes: PreviewNode[] }) {
  const { t } = useTranslation();
  const modeLabel = (mode: string | null | undefined) => (mode === 'all' || mode === 'any' || mode === 'sequence' ? t(`approval.mode.${mode}`) : null);
  return (
    <Steps
      orientation="vertical"
      size="small"
      data-testid="approval-route"
      items={[
        { title: t('approval.start.initiatorStep'), status: 'finish', icon: <Avatar size="small" icon={<UserOutlined />} /> },
        ...nodes.map((node) => ({
          title: (
            <Space size={4} wrap>
              <span>{node.name}</span>
              <Tag>{t(`approval.kind.${node.kind === 'cc' ? 'cc' : 'approver'}`)}</Tag>
              {node.approvers.length > 1 && modeLabel(node.mode) ? <Tag color="blue">{modeLabel(node.mode)}</Tag> : null}
            </Space>
          ),
          status: node.skipped && !node.needsChoice ? ('wait' as const) : ('process' as const),
          description: node.needsChoice
            ? <Typography.Text type="secondary">{t('approval.node.sourceKind.initiatorChoice')}</Typography.Text>
            : node.skipped
              ? <Typography.Text type="secondary">{t('approval.start.skipped', { reason: t(`approval.start.skipReasons.${node.skipped}`, { defaultValue: node.skipped }) })}</Typography.Text>
              : <Space size={4} wrap>{node.approvers.map((a) => <Tag key={a.id} icon={<UserOutlined />}>{a.displayName}</Tag>)}</Space>,
        })),
        { title: t('approval.start.endStep'), status: 'wait' as const, icon: <CheckCircleOutlined /> },
      ]}
    />
  );
}
