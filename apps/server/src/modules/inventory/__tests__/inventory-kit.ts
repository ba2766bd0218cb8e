import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { itemCategories, items, units, warehouses } from '../../catalog/index.ts';
import type { TestTenant } from '../../../testing/fixtures.ts';

// Catalog rows written straight into the tables, so inventory tests depend only on the schema.

export interface Catalog {
  unitId: string;
  goodsCategoryId: string;
  fifoCategoryId: string;
  materialCategoryId: string;
  serviceCategoryId: string;
  mainWarehouseId: string;
  rawWarehouseId: string;
}

export async function seedCatalog(tenant: TestTenant): Promise<Catalog> {
  const c: Catalog = {
    unitId: newId(), goodsCategoryId: newId(), fifoCategoryId: newId(), materialCategoryId: newId(), serviceCategoryId: newId(),
    mainWarehouseId: newId(), rawWarehouseId: newId(),
  };
  await inTenant({ tenantId: tenant.id }, async () => {
    await tx().insert(units).values({ id: c.unitId, tenantId: tenant.id, code: 'PCS', name: '个', precision: 2 });
    await tx().insert(itemCategories).values([
      { id: c.goodsCategoryId, tenantId: tenant.id, code: 'G', name: '办公用品', itemClass: 'goods' },
      { id: c.fifoCategoryId, tenantId: tenant.id, code: 'F', name: '电子元器件', itemClass: 'goods', valuationMethod: 'fifo' },
      { id: c.materialCategoryId, tenantId: tenant.id, code: 'M', name: '原材料', itemClass: 'material' },
      { id: c.serviceCategoryId, tenantId: tenant.id, code: 'S', name: '服务', itemClass: 'service' },
    ]);
    await tx().insert(warehouses).values([
      { id: c.mainWarehouseId, tenantId: tenant.id, code: 'WH01', name: '主仓库', isDefault: true },
      { id: c.rawWarehouseId, tenantId: tenant.id, code: 'WH02', name: '原料仓' },
    ]);
  });
  return c;
}

let seq = 0;
export async function createItem(tenant: TestTenant, c: Catalog, opts: { categoryId?: string; allowNegative?: boolean; stocked?: boolean; name?: string } = {}): Promise<string> {
  const id = newId();
  const n = ++seq;
  await inTenant({ tenantId: tenant.id }, () => tx().insert(items).values({
    id, tenantId: tenant.id, code: `I${String(n).padStart(4, '0')}`, name: opts.name ?? `物料${n}`,
    categoryId: opts.categoryId ?? c.goodsCategoryId, baseUnitId: c.unitId,
    allowNegative: opts.allowNegative ?? false, stocked: opts.stocked ?? true,
  }));
  return id;
}
