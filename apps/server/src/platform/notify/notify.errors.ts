import { defineErrors } from '../http/index.ts';

export const notifyErrors = defineErrors({
  'notify.notification.notFound': {
    status: 404,
    message: { 'zh-CN': '通知不存在', 'en-US': 'Notification not found' },
  },
});
