import { Suspense, useState } from 'react';
import { Button, Drawer, Layout, Space, Typography, theme } from 'antd';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { useMe } from '../auth/index.ts';
import { useIsMobile } from '../../shared/hooks/useIsMobile.ts';
import { FullPageSpin } from '../../shared/feedback/FullPageSpin.tsx';
import { NotificationBell } from '../../modules/notifications/index.ts';
import { SideMenu } from './SideMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

const collapsedKey = 'triad.sider.collapsed';

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div
      onClick={() => navigate('/')}
      style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#fff', fontWeight: 600, fontSize: collapsed ? 18 : 20, cursor: 'pointer', letterSpacing: 1 }}
    >
      {collapsed ? 'T' : t('app.name')}
    </div>
  );
}

export function AppLayout() {
  const me = useMe();
  const mobile = useIsMobile();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(() => window.localStorage.getItem(collapsedKey) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { t } = useTranslation();

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    window.localStorage.setItem(collapsedKey, next ? '1' : '0');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {mobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Brand collapsed={false} />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Brand collapsed={collapsed} />
          <SideMenu collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{ background: token.colorBgContainer, padding: mobile ? '0 8px' : '0 16px', display: 'flex', alignItems: 'center', gap: 8, borderBottom: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, zIndex: 10, height: 56, lineHeight: '56px' }}
        >
          <Button
            type="text"
            aria-label={mobile ? t('shell.openMenu') : collapsed ? t('shell.expand') : t('shell.collapse')}
            icon={mobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={mobile ? () => setDrawerOpen(true) : toggle}
            data-testid="menu-toggle"
          />
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }} data-testid="company-name">
            {me.tenant.name}
          </Typography.Text>
          <Space size={mobile ? 4 : 12}>
            <LanguageSwitch compact={mobile} />
            <NotificationBell />
            <UserMenu compact={mobile} />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: mobile ? 8 : 20, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
