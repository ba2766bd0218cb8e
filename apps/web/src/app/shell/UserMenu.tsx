import { Avatar, Dropdown, Space, Typography } from 'antd';
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/index.ts';
import { feedback } from '../api/index.ts';

export function UserMenu({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();

  const onClick = async (key: string) => {
    if (key === 'profile') navigate('/profile');
    if (key === 'password') navigate('/profile?tab=password');
    if (key === 'logout') {
      await logout();
      feedback.message?.success(t('shell.loggedOut'));
      navigate('/login', { replace: true });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'profile', icon: <UserOutlined />, label: <span data-testid="user-menu-profile">{t('shell.profile')}</span> },
          { key: 'password', icon: <LockOutlined />, label: <span data-testid="user-menu-password">{t('shell.changePassword')}</span> },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="user-menu-logout">{t('shell.logout')}</span> },
        ],
        onClick: ({ key }) => void onClick(key),
      }}
    >
      <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
        <Avatar size="small" style={{ backgroundColor: '#1677ff' }}>
          {me.user.displayName.slice(0, 1)}
        </Avatar>
        {compact ? null : <Typography.Text>{me.user.displayName}</Typography.Text>}
      </Space>
    </Dropdown>
  );
}
