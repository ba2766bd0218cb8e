import type { ProcurementSettings, UpdateProcurementSettingsBody } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { readSettings, writeSettings } from '../../infra/settings.repository.ts';

/** 采购容差: over-receipt percent, bill price percent and bill amount tolerance. */
export async function getSettings(): Promise<ProcurementSettings> {
  return readSettings();
}

export async function updateSettings(patch: UpdateProcurementSettingsBody): Promise<ProcurementSettings> {
  const before = await readSettings();
  const after = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ProcurementSettings;
  await writeSettings(after);
  await recordAudit({ entity: 'procurementSettings', entityId: actor().tenantId, action: 'update', before, after });
  return readSettings();
}
