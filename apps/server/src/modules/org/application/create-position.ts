import type { CreatePositionRequest, OrgPosition } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { orgErrors } from '../errors.ts';
import { isUniqueViolation } from '../infra/pg-error.ts';
import { findPosition, insertPosition, positionNameExists } from '../infra/position.repository.ts';
import { loadPositionView, positionAuditSnapshot } from './list-positions.ts';

/** 新建岗位; names are unique in a company (people pick a position by its name). */
export async function createPosition(input: CreatePositionRequest): Promise<OrgPosition> {
  if (await positionNameExists(input.name)) throw orgErrors['org.position.nameTaken']({ name: input.name });
  const id = newId();
  try {
    await insertPosition({ id, tenantId: actor().tenantId, name: input.name, code: input.code ?? null, sortOrder: input.sortOrder ?? 0 });
  } catch (error) {
    if (isUniqueViolation(error, 'positions_tenant_name')) throw orgErrors['org.position.nameTaken']({ name: input.name });
    throw error;
  }
  const row = await findPosition(id);
  if (!row) throw orgErrors['org.position.notFound']();
  await recordAudit({ entity: 'position', entityId: id, action: 'create', after: positionAuditSnapshot(row) });
  return loadPositionView(id);
}
