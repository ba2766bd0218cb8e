/** Queue of the per-task timeout jobs (超时提醒 / 升级 / 自动处理). */
export const approvalTimeoutJob = 'approval.timeout';
