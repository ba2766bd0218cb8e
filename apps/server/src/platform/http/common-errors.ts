import { defineErrors } from './app-error.ts';

/** Errors every module may answer with. */
export const commonErrors = defineErrors({
  'common.validation': { status: 400, message: { 'zh-CN': '请求参数不正确', 'en-US': 'The request is invalid' } },
  'common.unauthenticated': { status: 401, message: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' } },
  'common.forbidden': { status: 403, message: { 'zh-CN': '没有权限执行此操作', 'en-US': 'You do not have permission to do this' } },
  'common.csrf': { status: 403, message: { 'zh-CN': '安全校验失败，请刷新页面后重试', 'en-US': 'Security check failed; reload the page and try again' } },
  'common.notFound': { status: 404, message: { 'zh-CN': '记录不存在', 'en-US': 'Not found' } },
  'common.routeNotFound': { status: 404, message: { 'zh-CN': '接口不存在', 'en-US': 'No such endpoint' } },
  'common.conflict': { status: 409, message: { 'zh-CN': '数据冲突：记录已存在或已被修改', 'en-US': 'Conflict: the record already exists or was changed' } },
  'common.referenced': { status: 409, message: { 'zh-CN': '记录仍被引用，无法执行', 'en-US': 'The record is still referenced' } },
  'common.idempotencyMismatch': { status: 422, message: { 'zh-CN': '同一幂等键对应了不同的请求内容', 'en-US': 'This Idempotency-Key was used with a different request' } },
  'common.idempotencyInProgress': { status: 409, message: { 'zh-CN': '相同请求正在处理中，请稍后重试', 'en-US': 'The same request is still being processed' } },
  'common.payloadTooLarge': { status: 413, message: { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' } },
  'common.unsupportedMediaType': { status: 415, message: { 'zh-CN': '不支持的请求格式', 'en-US': 'Unsupported content type' } },
  'common.tooManyRequests': { status: 429, message: { 'zh-CN': '请求过于频繁，请稍后再试', 'en-US': 'Too many requests; try again later' } },
  'common.badCursor': { status: 400, message: { 'zh-CN': '分页游标无效', 'en-US': 'Invalid pagination cursor' } },
  'common.internal': { status: 500, message: { 'zh-CN': '服务器内部错误', 'en-US': 'Internal server error' } },
});
