import { defineErrors } from '../http/index.ts';

export const webhookErrors = defineErrors({
  'platform.webhook.notFound': {
    status: 404,
    message: { 'zh-CN': 'Webhook 订阅不存在', 'en-US': 'Webhook subscription not found' },
  },
  'platform.webhook.urlInvalid': {
    status: 400,
    message: {
      'zh-CN': 'Webhook 地址必须是不含用户名密码的 http 或 https 地址',
      'en-US': 'The webhook URL must be an http or https URL without credentials',
    },
  },
  'platform.webhook.urlForbidden': {
    status: 400,
    message: {
      'zh-CN': 'Webhook 地址指向本机、内网或保留地址，已拒绝',
      'en-US': 'The webhook URL points at a loopback, private or reserved address and is refused',
    },
  },
  'platform.webhook.urlUnresolvable': {
    status: 400,
    message: { 'zh-CN': '无法解析 Webhook 地址的域名', 'en-US': 'The host name of the webhook URL cannot be resolved' },
  },
  'platform.webhook.eventTypeUnknown': {
    status: 400,
    message: { 'zh-CN': '未知的事件类型：{types}', 'en-US': 'Unknown event types: {types}' },
  },
  'platform.webhook.deliveryNotFound': {
    status: 404,
    message: { 'zh-CN': 'Webhook 投递记录不存在', 'en-US': 'Webhook delivery not found' },
  },
  'platform.webhook.notReplayable': {
    status: 409,
    message: {
      'zh-CN': '只有失败或已进入死信的投递可以重放（当前状态：{status}）',
      'en-US': 'Only failed or dead deliveries can be replayed (current status: {status})',
    },
  },
});
