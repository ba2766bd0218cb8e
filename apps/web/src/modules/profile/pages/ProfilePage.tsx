import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProfileInfoForm } from '../components/ProfileInfoForm.tsx';
import { PasswordForm } from '../components/PasswordForm.tsx';
import { ApiTokensCard } from '../components/ApiTokensCard.tsx';

const tabs = ['info', 'password', 'tokens'] as const;

export default function ProfilePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active = tabs.find((tab) => tab === requested) ?? 'info';

  return (
    <Card title={t('profile.title')}>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'info', label: <span data-testid="profile-tab-info">{t('profile.tabs.info')}</span>, children: <ProfileInfoForm /> },
          { key: 'password', label: <span data-testid="profile-tab-password">{t('profile.tabs.password')}</span>, children: <PasswordForm /> },
          { key: 'tokens', label: <span data-testid="profile-tab-tokens">{t('profile.tabs.tokens')}</span>, children: <ApiTokensCard /> },
        ]}
      />
    </Card>
  );
}
