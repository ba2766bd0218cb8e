import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, markLanguageChosenBeforeLogin, type Language } from '../i18n/index.ts';
import { useAuth, meQueryKey } from '../auth/index.ts';
import { api } from '../api/index.ts';

const labels: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };
const shortLabels: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'EN' };

/** Switches the UI language; remembered in this browser and, once logged in, in the profile. */
export function LanguageSwitch({ compact }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const queryClient = useQueryClient();
  const language = currentLanguage();

  const choose = async (next: Language) => {
    if (next === currentLanguage()) return;
    await changeLanguage(next);
    if (!me) {
      markLanguageChosenBeforeLogin();
      return;
    }
    await api.put<unknown>('/api/v1/me/profile', { locale: next }).catch(() => undefined);
    queryClient.setQueryData<MeResponse | null>(meQueryKey, (old) => (old ? { ...old, user: { ...old.user, locale: next } } : old));
    // Server-made text (error messages, labels) comes back in the new language on the next fetch.
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [i18n.language],
        items: (Object.keys(labels) as Language[]).map((key) => ({
          key,
          label: <span data-testid={`language-${key}`}>{labels[key]}</span>,
        })),
        onClick: ({ key }) => void choose(key as Language),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('shell.language')} data-testid="language-switch">
        {compact ? null : shortLabels[language]}
      </Button>
    </Dropdown>
  );
}
