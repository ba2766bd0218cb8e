import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/index.ts';
import { useVisibleMenuEntries } from '../shell/useMenuItems.tsx';
import { fetchUnreadCount, notificationKeys } from '../../modules/notifications/index.ts';

/** 工作台: a greeting, the unread count and shortcuts to what this user may open. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const unread = useQuery({ queryKey: notificationKeys.unreadCount, queryFn: fetchUnreadCount, meta: { silent: true } });
  const links = useVisibleMenuEntries().filter((e) => e.quickLink);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-welcome">
            {t('home.welcome', { name: me.user.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('home.company', { company: me.tenant.name })}
            {me.user.departmentName ? ` · ${t('home.department')}：${me.user.departmentName}` : ''}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card hoverable onClick={() => navigate('/notifications')} data-testid="home-unread">
          <Statistic title={t('home.unread')} value={unread.data?.count ?? 0} prefix={<BellOutlined />} loading={unread.isPending} />
        </Card>
      </Col>
      <Col xs={24} md={16}>
        <Card title={t('home.quickLinks')}>
          {links.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noQuickLinks')} />
          ) : (
            <Row gutter={[12, 12]}>
              {links.map((link) => (
                <Col key={link.path} xs={12} sm={8} lg={6}>
                  <Link to={link.path} data-testid={`quick-link${link.path.replace(/\//g, '-')}`}>
                    <Card size="small" hoverable style={{ textAlign: 'center' }}>
                      <div style={{ fontSize: 22, color: '#1677ff' }}>{link.icon}</div>
                      <Typography.Text>{t(link.labelKey)}</Typography.Text>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </Col>
    </Row>
  );
}
