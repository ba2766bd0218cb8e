import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { DeliveriesTab } from '../components/DeliveriesTab.tsx';
import { WebhooksTab } from '../components/WebhooksTab.tsx';

/** 集成日志: internal event deliveries and outbound webhooks. */
export default function IntegrationPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const items = [
    can('platform.integration.read')
      ? { key: 'deliveries', label: <span data-testid="integration-tab-deliveries">{t('integration.tabs.deliveries')}</span>, children: <DeliveriesTab /> }
      : null,
    can('platform.webhook.manage')
      ? { key: 'webhooks', label: <span data-testid="integration-tab-webhooks">{t('integration.tabs.webhooks')}</span>, children: <WebhooksTab /> }
      : null,
  ].filter((item) => item !== null);
  const requested = params.get('tab');
  const active = items.find((i) => i.key === requested)?.key ?? items[0]?.key;

  return (
    <Card title={t('integration.title')} styles={{ body: { paddingTop: 4 } }}>
      <Tabs activeKey={active} onChange={(key) => setParams({ tab: key }, { replace: true })} items={items} destroyOnHidden />
    </Card>
  );
}
