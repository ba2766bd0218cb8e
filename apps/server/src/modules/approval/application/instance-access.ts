import { isParticipant } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import type { InstanceRow } from '../infra/instance.repository.ts';

/**
 * Who may see an instance: the initiator, anyone who has or had a task, CC recipients and
 * holders of `approval.instance.readAll`. Anyone else gets 404 — not even its existence leaks.
 */
export function assertVisible(row: InstanceRow, userId: string, canReadAll: boolean): void {
  if (canReadAll || isParticipant(row.state, userId)) return;
  throw approvalErrors['approval.instance.notFound']();
}
