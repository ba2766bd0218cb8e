import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { FinanceSettingsForm } from '../components/FinanceSettingsForm.tsx';
import { ProjectsPanel } from '../components/ProjectsPanel.tsx';

/** 财务设置: voucher approval, budget control and the 项目 dimension's master list. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  return (
    <Card title={t('financeLedger.settings.title')} styles={{ body: { padding: mobile ? 12 : 20 } }} data-testid="finance-settings-page">
      <Tabs
        items={[
          { key: 'general', label: t('financeLedger.settings.general'), children: <FinanceSettingsForm /> },
          { key: 'projects', label: t('financeLedger.settings.projects'), children: <ProjectsPanel /> },
        ]}
      />
    </Card>
  );
}
