import type { ApprovalInstanceEvent } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { emit, enqueueJob } from '../../../platform/events/index.ts';
import { notifyUsers } from '../../../platform/notify/index.ts';
import type { ApprovalEffect, NotifyReason } from '../domain/index.ts';
import { addCcRows, type InstanceRow } from '../infra/instance.repository.ts';
import { userNames } from '../infra/org-snapshot.query.ts';
import { approvalTimeoutJob } from './timeout.job-name.ts';

/** Notification titles per reason: [zh-CN, en-US] prefixes of the instance title. */
const titles: Record<NotifyReason | 'taskOpened' | 'cc', readonly [string, string]> = {
  taskOpened: ['待审批：', 'To approve: '],
  cc: ['抄送：', 'CC: '],
  urged: ['催办：', 'Reminder from the requester: '],
  reminder: ['审批即将超时：', 'Approval overdue soon: '],
  approved: ['审批已通过：', 'Approved: '],
  rejected: ['审批被拒绝：', 'Rejected: '],
  returned: ['审批被退回：', 'Returned to you: '],
  withdrawn: ['审批已撤回：', 'Withdrawn: '],
  commented: ['新评论：', 'New comment: '],
};

/** Each recipient reads the title in their own language. */
async function notify(userIds: readonly string[], kind: keyof typeof titles, row: InstanceRow): Promise<void> {
  const names = await userNames(userIds);
  const english = userIds.filter((id) => names.get(id)?.locale === 'en-US');
  const chinese = userIds.filter((id) => !english.includes(id));
  const base = { body: row.number, link: `/approval/instances/${row.id}`, category: 'approval' };
  if (chinese.length) await notifyUsers(chinese, { ...base, title: `${titles[kind][0]}${row.title}` });
  if (english.length) await notifyUsers(english, { ...base, title: `${titles[kind][1]}${row.title}` });
}

export function eventPayload(row: InstanceRow, requestTypeCode: string): ApprovalInstanceEvent {
  return {
    instanceId: row.id, number: row.number, requestTypeCode, initiatorId: row.initiatorId,
    documentRef: row.documentType && row.documentId ? { type: row.documentType, id: row.documentId, number: row.documentNumber ?? '' } : null,
  };
}

/**
 * Carries out what the engine asked for after a command, in the same transaction: inbox
 * notifications, CC read access, timeout jobs, audit of form corrections and the
 * `approval.instance.*` events other modules (purchasing, finance) listen to.
 */
export async function applyEffects(row: InstanceRow, effects: readonly ApprovalEffect[], requestTypeCode: string): Promise<void> {
  const payload = eventPayload(row, requestTypeCode);
  for (const effect of effects) {
    switch (effect.type) {
      case 'taskOpened':
        await notify([effect.assigneeId], 'taskOpened', row);
        break;
      case 'notify':
        await notify(effect.userIds, effect.reason, row);
        break;
      case 'cc':
        await addCcRows(row.id, effect.userIds);
        await notify(effect.userIds, 'cc', row);
        break;
      case 'timer': {
        const seconds = Math.max(0, Math.ceil((Date.parse(effect.at) - Date.now()) / 1000));
        enqueueJob(approvalTimeoutJob, { instanceId: row.id, taskId: effect.taskId }, { startAfterSeconds: seconds });
        break;
      }
      case 'formChanged':
        await recordAudit({ entity: 'approvalInstance', entityId: row.id, action: 'formEdit',
          before: Object.fromEntries(effect.changes.map((c) => [c.key, c.before])),
          after: Object.fromEntries(effect.changes.map((c) => [c.key, c.after])) });
        break;
      case 'instanceFinished':
        // The engine's own `notify` effect tells the initiator; here only the event.
        emit(`approval.instance.${effect.outcome}`, payload);
        break;
      case 'instanceReturned':
        emit('approval.instance.returned', payload);
        break;
      case 'instanceResubmitted':
        emit('approval.instance.submitted', payload);
        break;
      case 'taskClosed':
        break;
    }
  }
}
