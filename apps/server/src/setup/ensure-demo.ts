import type { Config } from '../config.ts';
import { asSystem } from '../platform/tx/index.ts';
import { tenants } from '../platform/tenancy/tenant.table.ts';
import { createTenantWithAdmin } from './create-tenant.ts';
import { demoTenant } from './demo-company.data.ts';
import { generatePassword } from '../platform/auth/index.ts';
import { seedDemoCompany } from './seed-demo-company.ts';
import { seedDemoSupply } from './seed-demo-supply.ts';
import { SetupError } from './setup-error.ts';

export interface FirstRun {
  tenantCode: string;
  companyName: string;
  adminPassword: string;
  passwordFromEnv: boolean;
  /** One more line for the start-up banner. */
  note?: string;
}

/** With TRIAD_SKIP_DEMO the first company is empty but usable: its admin can create the rest. */
export const emptyTenant = { code: 'company', name: '我的公司' } as const;

/**
 * On the first start (no company exists yet) creates 示例科技有限公司 with its people, or with
 * `skipDemo` an empty company, each with an `admin` user; null on every later start.
 * The admin password is TRIAD_ADMIN_PASSWORD or a fresh random one — never a fixed default.
 */
export async function ensureDemo(config: Pick<Config, 'adminPassword' | 'skipDemo'>): Promise<FirstRun | null> {
  const existing = await asSystem((db) => db.select({ id: tenants.id }).from(tenants).limit(1));
  if (existing.length > 0) return null;
  const passwordFromEnv = config.adminPassword !== undefined;
  const adminPassword = config.adminPassword ?? generatePassword(16);
  const target = config.skipDemo ? emptyTenant : demoTenant;
  try {
    await createTenantWithAdmin({
      code: target.code,
      name: target.name,
      adminPassword,
      isDemo: !config.skipDemo,
      seed: config.skipDemo ? undefined : async (ctx) => { await seedDemoCompany(ctx); await seedDemoSupply(ctx); },
    });
  } catch (err) {
    // A second server starting at the same moment created it first: not our first run.
    if (err instanceof SetupError && err.code === 'tenant.codeTaken') return null;
    if (err instanceof SetupError && err.code === 'password.tooShort') {
      throw new SetupError('password.tooShort', `TRIAD_ADMIN_PASSWORD is too short: ${err.message}`);
    }
    throw err;
  }
  const note = config.skipDemo ? undefined
    : 'Demo users (zhang.wei 总经理, li.na 财务经理, chen.jing 采购专员, …) share the admin password.';
  return { tenantCode: target.code, companyName: target.name, adminPassword, passwordFromEnv, note };
}
