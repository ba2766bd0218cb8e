import { useMemo } from 'react';
import type { MenuProps } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/index.ts';
import { menuGroups } from '../routing/menu-groups.tsx';
import { webModules } from '../routing/modules.ts';
import type { ModuleMenuItem } from '../routing/types.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];

export function menuTestId(path: string): string {
  return `menu${path.replace(/\//g, '-')}`;
}

/** The entries the current user may open, filtered by their permission keys. */
export function useVisibleMenuEntries(): ModuleMenuItem[] {
  const { can } = useAuth();
  return useMemo(
    () => webModules.flatMap((m) => m.menu).filter((item) => can(item.permission)),
    [can],
  );
}

export function useMenuItems(): { items: MenuItem[]; groupOf: (path: string) => string | undefined; paths: string[] } {
  const { t } = useTranslation();
  const entries = useVisibleMenuEntries();
  return useMemo(() => {
    const leaf = (entry: ModuleMenuItem): MenuItem => {
      const Badge = entry.badge;
      return {
        key: entry.path,
        icon: entry.icon,
        label: (
          <span data-testid={menuTestId(entry.path)}>
            {t(entry.labelKey)}
            {Badge ? <span style={{ marginInlineStart: 8 }}><Badge /></span> : null}
          </span>
        ),
      };
    };
    const items: MenuItem[] = [
      { key: '/', icon: <HomeOutlined />, label: <span data-testid="menu-home">{t('menu.home')}</span> },
    ];
    for (const group of menuGroups) {
      const children = entries.filter((e) => e.group === group.key).map(leaf);
      if (children.length === 0) continue;
      items.push({
        key: `group:${group.key}`,
        icon: group.icon,
        label: <span data-testid={`menu-group-${group.key}`}>{t(group.labelKey)}</span>,
        children,
      });
    }
    items.push(...entries.filter((e) => !e.group).map(leaf));
    const groupOf = (path: string) => {
      const entry = entries.find((e) => e.path === path);
      return entry?.group ? `group:${entry.group}` : undefined;
    };
    return { items, groupOf, paths: entries.map((e) => e.path) };
  }, [entries, t]);
}
