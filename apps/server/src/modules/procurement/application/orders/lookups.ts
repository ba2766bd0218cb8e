import { inArray } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';
import { itemsByIds, unitNames, warehouseNames, type ItemInfo } from '../../../catalog/index.ts';
import { departments, usersByIds } from '../../../org/index.ts';
import { partnerNames } from '../../../partners/index.ts';

/** Names shown beside ids on procurement documents, fetched in one go per list or page. */
export interface Names {
  items: Map<string, ItemInfo>;
  units: Map<string, string>;
  partners: Map<string, string>;
  warehouses: Map<string, string>;
  users: Map<string, string>;
  departments: Map<string, string>;
}

const present = (ids: readonly (string | null | undefined)[]): string[] => [...new Set(ids.filter((v): v is string => !!v))];

export async function loadNames(ids: {
  items?: (string | null)[]; units?: (string | null)[]; partners?: (string | null)[]; warehouses?: (string | null)[];
  users?: (string | null)[]; departments?: (string | null)[];
}): Promise<Names> {
  const userRows = await usersByIds(present(ids.users ?? []));
  const deptIds = present(ids.departments ?? []);
  const deptRows = deptIds.length ? await tx().select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, deptIds)) : [];
  return {
    items: await itemsByIds(present(ids.items ?? [])),
    units: await unitNames(present(ids.units ?? [])),
    partners: await partnerNames(present(ids.partners ?? [])),
    warehouses: await warehouseNames(present(ids.warehouses ?? [])),
    users: new Map(userRows.map((u) => [u.id, u.displayName])),
    departments: new Map(deptRows.map((d) => [d.id, d.name])),
  };
}

export const nameOf = (map: Map<string, string>, id: string | null | undefined): string | null => (id ? map.get(id) ?? null : null);
