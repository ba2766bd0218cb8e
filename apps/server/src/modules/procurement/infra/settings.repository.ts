import { eq } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { procurementSettings } from './procurement.tables.ts';

export interface SettingsRow { receiptTolerancePct: string; priceTolerancePct: string; amountTolerance: string }

/** The company's tolerances; the table defaults when the company never saved any. */
export async function readSettings(): Promise<SettingsRow> {
  const [row] = await tx().select().from(procurementSettings).where(eq(procurementSettings.tenantId, actor().tenantId));
  return row
    ? { receiptTolerancePct: row.receiptTolerancePct, priceTolerancePct: row.priceTolerancePct, amountTolerance: row.amountTolerance }
    : { receiptTolerancePct: '0.00', priceTolerancePct: '1.00', amountTolerance: '1.00' };
}

export async function writeSettings(values: SettingsRow): Promise<void> {
  await tx().insert(procurementSettings).values({ tenantId: actor().tenantId, ...values })
    .onConflictDoUpdate({ target: procurementSettings.tenantId, set: { ...values, updatedAt: new Date() } });
}
