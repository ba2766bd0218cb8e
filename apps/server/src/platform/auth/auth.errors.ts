import { defineErrors } from '../http/index.ts';

export const authErrors = defineErrors({
  // One answer for an unknown name and a wrong password, so logins cannot probe for accounts.
  'auth.invalidCredentials': {
    status: 401,
    message: { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong username or password' },
  },
  'auth.throttled': {
    status: 429,
    message: {
      'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
      'en-US': 'Too many failed sign-ins; try again in {minutes} minutes',
    },
  },
  'auth.tenantCodeRequired': {
    status: 400,
    message: {
      'zh-CN': '该用户名存在于多个公司，请填写公司代码',
      'en-US': 'This username exists in several companies; enter your company code',
    },
  },
  'auth.userDisabled': {
    status: 403,
    message: { 'zh-CN': '账号已停用，请联系管理员', 'en-US': 'This account is disabled; contact your administrator' },
  },
  'auth.currentPasswordWrong': {
    status: 400,
    message: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  },
  'auth.passwordUnchanged': {
    status: 400,
    message: { 'zh-CN': '新密码不能与当前密码相同', 'en-US': 'The new password must differ from the current one' },
  },
  'auth.tokenScopeNotHeld': {
    status: 400,
    message: {
      'zh-CN': '令牌的权限范围不能超出您自己的权限：{scopes}',
      'en-US': 'A token cannot hold permissions you do not have: {scopes}',
    },
  },
  'auth.tokenExpiryPast': {
    status: 400,
    message: { 'zh-CN': '过期时间必须晚于当前时间', 'en-US': 'The expiry must be in the future' },
  },
  'auth.tokenNotFound': {
    status: 404,
    message: { 'zh-CN': '令牌不存在', 'en-US': 'No such token' },
  },
  'auth.jsonRequired': {
    status: 415,
    message: { 'zh-CN': '登录请求必须使用 JSON 格式', 'en-US': 'Sign-in requests must be sent as JSON' },
  },
});
