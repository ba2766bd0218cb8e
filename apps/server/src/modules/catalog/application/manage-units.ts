import type { CatalogUnit, CreateCatalogUnitInput, UpdateCatalogUnitRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { notFoundOnPage } from '../catalog.errors.ts';
import { findUnit, findUnits, insertUnit, updateUnitRow, type UnitRow } from '../infra/unit.repository.ts';

function present(row: UnitRow): CatalogUnit {
  return { id: row.id, code: row.code, name: row.name, precision: row.precision, enabled: row.enabled };
}

export async function listUnits(): Promise<{ items: CatalogUnit[] }> {
  return { items: (await findUnits()).map(present) };
}

export async function createUnit(input: CreateCatalogUnitInput): Promise<CatalogUnit> {
  const row = await insertUnit({ id: newId(), tenantId: actor().tenantId, code: input.code, name: input.name, precision: input.precision });
  await recordAudit({ entity: 'unit', entityId: row.id, action: 'create', after: present(row) });
  return present(row);
}

/** Edits a unit; a lower precision applies to quantities entered from now on, not to stored ones. */
export async function updateUnit(id: string, input: UpdateCatalogUnitRequest): Promise<CatalogUnit> {
  const before = await findUnit(id);
  if (!before) throw notFoundOnPage('catalog.unit.notFound');
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const row = Object.keys(changes).length ? await updateUnitRow(id, changes) : before;
  if (!row) throw notFoundOnPage('catalog.unit.notFound');
  await recordAudit({ entity: 'unit', entityId: id, action: 'update', before: present(before), after: present(row) });
  return present(row);
}
