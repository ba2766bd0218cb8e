import { findUnits } from '../infra/unit.repository.ts';

/** Unit names by id, for lists and printouts (unknown ids are left out). */
export async function unitNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await findUnits([...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
