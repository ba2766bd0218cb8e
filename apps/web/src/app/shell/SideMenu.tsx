import { useEffect, useState } from 'react';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMenuItems } from './useMenuItems.tsx';

interface Props {
  collapsed?: boolean;
  onNavigate?: () => void;
}

/** The menu key of the current page: the longest menu path the URL starts with. */
function selectedPath(pathname: string, paths: string[]): string {
  const match = paths
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? (pathname === '/' ? '/' : '');
}

export function SideMenu({ collapsed, onNavigate }: Props) {
  const { items, groupOf, paths } = useMenuItems();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedPath(location.pathname, paths);
  const [openKeys, setOpenKeys] = useState<string[]>([]);

  useEffect(() => {
    const group = groupOf(selected);
    if (group) setOpenKeys((keys) => (keys.includes(group) ? keys : [...keys, group]));
  }, [selected, groupOf]);

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={selected ? [selected] : []}
      openKeys={collapsed ? undefined : openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
