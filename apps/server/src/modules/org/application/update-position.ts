import type { OrgPosition, UpdatePositionRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { orgErrors } from '../errors.ts';
import { findPosition, positionNameExists, updatePositionRow, type NewPositionRow } from '../infra/position.repository.ts';
import { loadPositionView, positionAuditSnapshot } from './list-positions.ts';

const fields = ['name', 'code', 'sortOrder'] as const;

export async function updatePosition(id: string, input: UpdatePositionRequest): Promise<OrgPosition> {
  const before = await findPosition(id);
  if (!before) throw orgErrors['org.position.notFound']();
  const patch: Partial<NewPositionRow> = {};
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) Object.assign(patch, { [field]: value });
  }
  if (Object.keys(patch).length === 0) return loadPositionView(id);
  if (patch.name && (await positionNameExists(patch.name, id))) throw orgErrors['org.position.nameTaken']({ name: patch.name });
  await updatePositionRow(id, patch);
  const after = await findPosition(id);
  if (!after) throw orgErrors['org.position.notFound']();
  await recordAudit({ entity: 'position', entityId: id, action: 'update', before: positionAuditSnapshot(before), after: positionAuditSnapshot(after) });
  return loadPositionView(id);
}
