import type { OrgPosition, PositionList } from '@triad/contracts';
import { orgErrors } from '../errors.ts';
import { findPosition, listPositionRows, userCountsByPosition, type PositionRow } from '../infra/position.repository.ts';

function toPosition(row: PositionRow, counts: Map<string, number>): OrgPosition {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    sortOrder: row.sortOrder,
    userCount: counts.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listPositions(): Promise<PositionList> {
  const rows = await listPositionRows();
  const counts = await userCountsByPosition();
  return { items: rows.map((r) => toPosition(r, counts)) };
}

export async function loadPositionView(id: string): Promise<OrgPosition> {
  const row = await findPosition(id);
  if (!row) throw orgErrors['org.position.notFound']();
  return toPosition(row, await userCountsByPosition());
}

export function positionAuditSnapshot(row: PositionRow): Record<string, unknown> {
  return { code: row.code, name: row.name, sortOrder: row.sortOrder };
}
