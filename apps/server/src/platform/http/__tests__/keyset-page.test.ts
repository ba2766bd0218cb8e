import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../tx/index.ts';
import { users } from '../../../modules/org/index.ts';
import { keysetPage, type ListSpec } from '../keyset-page.ts';
import { AppError } from '../app-error.ts';

let t: TestContext;
let tenant: TestTenant;
const spec: ListSpec = { sortable: { username: users.username, createdAt: users.createdAt }, defaultSort: 'username', id: users.id };

async function list(query: { cursor?: string; limit: number; sort?: string }) {
  return inTenant({ tenantId: tenant.id }, async () => {
    const plan = keysetPage(spec, query);
    const rows = await tx().select().from(users).where(and(eq(users.tenantId, tenant.id), plan.where)).orderBy(...plan.orderBy).limit(plan.limit);
    return plan.page(rows, (r) => ({ sortValue: query.sort?.includes('createdAt') ? r.createdAt : r.username, id: r.id }));
  });
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  for (let i = 0; i < 7; i++) await createUser(tenant, { username: `u${i}`, permissions: [] });
});
afterAll(async () => { await t.close(); });

describe('keysetPage', () => {
  it('walks every row exactly once in both directions', async () => {
    for (const sort of ['username', '-username', 'createdAt', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const p = await list({ cursor, limit: 3, sort });
        seen.push(...p.items.map((u) => u.username));
        cursor = p.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      if (sort === 'username') expect(seen).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
      if (sort === '-username') expect(seen).toEqual(['u6', 'u5', 'u4', 'u3', 'u2', 'u1', 'u0']);
    }
  });

  it('refuses a field outside the allow-list and a forged cursor', async () => {
    await expect(list({ limit: 3, sort: 'passwordHash' })).rejects.toBeInstanceOf(AppError);
    await expect(list({ limit: 3, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'common.badCursor' });
    const p = await list({ limit: 3, sort: 'username' });
    await expect(list({ limit: 3, sort: '-username', cursor: p.nextCursor ?? '' })).rejects.toMatchObject({ code: 'common.badCursor' });
  });
});
