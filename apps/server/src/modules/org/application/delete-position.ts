import { recordAudit } from '../../../platform/audit/index.ts';
import { orgErrors } from '../errors.ts';
import { countPositionUsers, deletePositionRow, findPosition } from '../infra/position.repository.ts';
import { positionAuditSnapshot } from './list-positions.ts';

/** 删除岗位: refused while anyone holds it, so nobody's position silently disappears. */
export async function deletePosition(id: string): Promise<void> {
  const row = await findPosition(id);
  if (!row) throw orgErrors['org.position.notFound']();
  const holders = await countPositionUsers(id);
  if (holders > 0) throw orgErrors['org.position.inUse']({ count: holders });
  await deletePositionRow(id);
  await recordAudit({ entity: 'position', entityId: id, action: 'delete', before: positionAuditSnapshot(row) });
}
