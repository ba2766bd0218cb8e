import { definePermissions } from '../common/permission.ts';

/** Integration log (event deliveries, dead letters) and outbound webhooks. */
export const integrationPermissions = definePermissions([
  { key: 'platform.integration.read', group: 'platform.integration', label: { 'zh-CN': '查看集成日志', 'en-US': 'View the integration log' } },
  { key: 'platform.integration.replay', group: 'platform.integration', label: { 'zh-CN': '重放失败的投递', 'en-US': 'Replay failed deliveries' } },
  { key: 'platform.webhook.manage', group: 'platform.integration', label: { 'zh-CN': '管理 Webhook 订阅', 'en-US': 'Manage webhook subscriptions' } },
]);
