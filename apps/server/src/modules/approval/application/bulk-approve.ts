import { AppError } from '../../../platform/http/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { fieldAccess } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import { findInstance, instanceIdOfTask } from '../infra/instance.repository.ts';
import { actOnInstance } from './act-on-instance.ts';

/**
 * 批量同意: approves each task in turn. The engine refuses before anything is written, so a
 * refused task is only listed in `failed` and the others still pass. Tasks whose node lets the
 * approver edit fields are left to be handled one by one.
 */
export async function bulkApprove(userId: string, taskIds: readonly string[], comment: string | undefined, locale: Locale) {
  const approved: string[] = [];
  const failed: Array<{ taskId: string; code: string; message: string }> = [];
  for (const taskId of [...new Set(taskIds)]) {
    try {
      const instanceId = await instanceIdOfTask(taskId);
      const row = instanceId ? await findInstance(instanceId) : undefined;
      const task = row?.state.tasks.find((t) => t.id === taskId);
      if (!row || !task || task.assigneeId !== userId) throw approvalErrors['approval.instance.notFound']();
      const access = fieldAccess(row.state.definition, row.state.formSchema, task.nodeId);
      if (task.kind !== 'approve' || Object.values(access).includes('edit')) throw approvalErrors['approval.bulk.notAllowed']();
      await actOnInstance(userId, row.id, { type: 'approve', taskId, comment });
      approved.push(taskId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ taskId, code: error.code, message: error.localized(locale) });
    }
  }
  return { approved, failed };
}
