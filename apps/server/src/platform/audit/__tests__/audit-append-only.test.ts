import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../testing/test-database.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx, useDatabase } from '../../tx/index.ts';
import type { Database } from '../../db/index.ts';
import { recordAudit } from '../record-audit.ts';
import { auditLog } from '../audit.table.ts';

let database: Database;
let drop: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  useDatabase(database);
  a = await createTenant('甲公司');
  b = await createTenant('乙公司');
  await inTenant({ tenantId: a.id, userId: null, userName: '张三' }, () => recordAudit({ entity: 'org.user', entityId: 'u-a', action: 'update', before: { name: '旧' }, after: { name: '新' } }));
  await inTenant({ tenantId: b.id }, () => recordAudit({ entity: 'org.user', entityId: 'u-b', action: 'create' }));
});
afterAll(async () => { await drop(); });

const asApp = (statement: ReturnType<typeof sql>) => inTenant({ tenantId: a.id }, () => tx().execute(statement));

/** The PostgreSQL error code of a failed statement (drizzle wraps the driver's error). */
async function sqlState(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
    return undefined;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    return e.code ?? e.cause?.code;
  }
}

describe('audit_log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application role', async () => {
    // 42501 insufficient_privilege: the role has no UPDATE/DELETE/TRUNCATE grant on the table.
    expect(await sqlState(asApp(sql`update audit_log set action = 'forged'`))).toBe('42501');
    expect(await sqlState(asApp(sql`delete from audit_log`))).toBe('42501');
    expect(await sqlState(asApp(sql`truncate audit_log`))).toBe('42501');
  });

  it('refuses them even to the owning role, by trigger', async () => {
    await expect(database.raw(`update audit_log set action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(database.raw('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(database.raw('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('still has every row, unchanged', async () => {
    const { rows } = await database.raw('select entity_id, action, before, after, user_name from audit_log order by entity_id');
    expect(rows).toEqual([
      { entity_id: 'u-a', action: 'update', before: { name: '旧' }, after: { name: '新' }, user_name: '张三' },
      { entity_id: 'u-b', action: 'create', before: null, after: null, user_name: null },
    ]);
  });

  it('shows each tenant only its own rows', async () => {
    const seen = await inTenant({ tenantId: a.id }, () => tx().select({ entityId: auditLog.entityId, tenantId: auditLog.tenantId }).from(auditLog));
    expect(seen).toEqual([{ entityId: 'u-a', tenantId: a.id }]);
  });

  it('refuses a row written into another tenant', async () => {
    // 42501 again: the row-level security policy's WITH CHECK refuses the foreign tenant.
    expect(await sqlState(inTenant({ tenantId: a.id }, () => tx().execute(sql`insert into audit_log (id, tenant_id, entity, entity_id, action)
      values (gen_random_uuid(), ${b.id}, 'x', 'y', 'forged')`)))).toBe('42501');
  });
});
