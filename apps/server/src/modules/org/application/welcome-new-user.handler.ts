import { onEvent } from '../../../platform/events/index.ts';
import { notifyUsers } from '../../../platform/notify/index.ts';
import { departmentHeadOf, getUserSummary } from './org-queries.ts';

/**
 * 新员工入职: the new colleague is greeted in the notification centre, and the head of their
 * department learns who joined — the first thing a manager wants to know in DingTalk too.
 * Runs after the user's creation committed; each recipient reads it in their own language.
 */
onEvent('org.user.created', 'org.welcomeNewUser', async (event) => {
  const user = await getUserSummary(event.payload.userId);
  if (!user) return;
  await notifyUsers([user.id], user.locale === 'en-US'
    ? { title: `Welcome to the team, ${user.displayName}`, body: 'Your account is ready. Open your profile to check your details and change your password.', link: '/profile', category: 'org' }
    : { title: `欢迎加入，${user.displayName}`, body: '您的账号已开通，可在个人中心查看资料并修改密码。', link: '/profile', category: 'org' });
  if (!user.departmentId) return;
  const headId = await departmentHeadOf(user.departmentId);
  if (!headId || headId === user.id) return;
  const head = await getUserSummary(headId);
  const department = user.departmentName ?? '';
  await notifyUsers([headId], head?.locale === 'en-US'
    ? { title: `New colleague in ${department}: ${user.displayName}`, body: `${user.displayName} (${user.username}) joined your department.`, link: '/org/users', category: 'org' }
    : { title: `${department}新同事：${user.displayName}`, body: `${user.displayName}（${user.username}）已加入您负责的部门。`, link: '/org/users', category: 'org' });
});
