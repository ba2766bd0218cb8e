import { defineErrors } from '../http/index.ts';

export const eventErrors = defineErrors({
  'platform.integration.deliveryNotFound': {
    status: 404,
    message: { 'zh-CN': '投递记录不存在', 'en-US': 'Delivery not found' },
  },
  'platform.integration.notReplayable': {
    status: 409,
    message: {
      'zh-CN': '只有失败或已进入死信的投递可以重放（当前状态：{status}）',
      'en-US': 'Only failed or dead deliveries can be replayed (current status: {status})',
    },
  },
  'platform.integration.handlerUnknown': {
    status: 409,
    message: {
      'zh-CN': '处理程序 {handler} 已不存在，无法重放',
      'en-US': 'Handler {handler} no longer exists; the delivery cannot be replayed',
    },
  },
});
