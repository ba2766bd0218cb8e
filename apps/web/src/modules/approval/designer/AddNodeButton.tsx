import { useState } from 'react';
import { Button, Popover, Space } from 'antd';
import { ApartmentOutlined, BranchesOutlined, PlusOutlined, SendOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NewNodeType } from './tree-ops.ts';

const choices: { type: NewNodeType; icon: React.ReactNode; color: string }[] = [
  { type: 'approver', icon: <UserOutlined />, color: '#fa8c16' },
  { type: 'cc', icon: <SendOutlined />, color: '#1677ff' },
  { type: 'condition', icon: <BranchesOutlined />, color: '#52c41a' },
  { type: 'parallel', icon: <ApartmentOutlined />, color: '#722ed1' },
];

/** The "+" between two nodes: pick what to insert there. */
export function AddNodeButton({ onAdd, testId }: { onAdd: (type: NewNodeType) => void; testId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
      <div style={{ width: 2, height: 14, background: '#cacaca' }} />
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        content={(
          <Space wrap style={{ maxWidth: 240 }}>
            {choices.map((c) => (
              <Button key={c.type} icon={<span style={{ color: c.color }}>{c.icon}</span>} onClick={() => { setOpen(false); onAdd(c.type); }} data-testid={`approval-add-${c.type}`}>
                {t(`approval.kind.${c.type}`)}
              </Button>
            ))}
          </Space>
        )}
      >
        <Button type="primary" shape="circle" size="small" icon={<PlusOutlined />} aria-label={t('approval.designer.addNode')} data-testid={testId} />
      </Popover>
      <div style={{ width: 2, height: 14, background: '#cacaca' }} />
    </div>
  );
}
