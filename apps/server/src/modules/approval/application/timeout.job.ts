import { defineJob } from '../../../platform/jobs/index.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { onTimeout } from '../domain/index.ts';
import { engineCall } from '../errors.ts';
import { lockInstance } from '../infra/instance.repository.ts';
import { commitResult } from './commit-result.ts';
import { engineContext } from './engine-context.ts';
import { approvalTimeoutJob } from './timeout.job-name.ts';

export interface TimeoutJobData extends Record<string, unknown> { tenantId: string; instanceId: string; taskId: string }

/**
 * 超时处理 for one task: remind, escalate or decide, as the node says. Jobs may come late or
 * twice, or for a task someone already handled: the engine then changes nothing and nothing is
 * stored.
 */
export async function runApprovalTimeout(data: TimeoutJobData, now: Date = new Date()): Promise<void> {
  await inTenant({ tenantId: data.tenantId, userId: null, userName: 'system' }, async () => {
    const row = await lockInstance(data.instanceId);
    if (!row) return;
    const ctx = await engineContext(now);
    // Nothing due (late or repeated job, task already handled): the same state comes back and
    // commitResult stores nothing.
    await commitResult(row, engineCall(() => onTimeout(row.state, data.taskId, ctx)));
  });
}

defineJob<TimeoutJobData>(approvalTimeoutJob, (data) => runApprovalTimeout(data));
