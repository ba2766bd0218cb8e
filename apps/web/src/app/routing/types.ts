import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { PermissionRequirement } from '../auth/index.ts';

/** One page of a module, loaded on first visit (antd is big: every page is its own chunk). */
export interface ModuleRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
  /** Any of these keys opens the page; absent = any logged-in user. */
  permission?: PermissionRequirement;
}

export interface ModuleMenuItem {
  /** Route path; also the menu key. */
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  icon?: ReactNode;
  permission?: PermissionRequirement;
  /** Menu group key (see menu-groups.ts); absent = top level. */
  group?: string;
  /** Shown as a shortcut on the workbench. */
  quickLink?: boolean;
  /** A live counter beside the label (e.g. the approval to-do count). */
  badge?: ComponentType;
}

/** What a web module contributes to the shell; later modules add one entry to modules.ts. */
export interface WebModule {
  name: string;
  routes: ModuleRoute[];
  menu: ModuleMenuItem[];
  /** 单据联查: document type → route of that document, for the chain panel's links. */
  documentRoutes?: Record<string, (id: string) => string>;
}

export interface MenuGroup {
  key: string;
  labelKey: string;
  icon: ReactNode;
}
