import { sql } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { approvalInstances } from './approval.tables.ts';
import type { InstanceRow } from './instance.repository.ts';

/**
 * Instances whose form (at any depth, 明细 rows included) or timeline mentions the id. A coarse
 * pre-filter: the caller still checks that the mention is an attachment, not typed text.
 */
export async function instancesMentioningFile(fileId: string, limit = 50): Promise<InstanceRow[]> {
  const vars = sql`jsonb_build_object('id', ${fileId}::text)`;
  return tx().select().from(approvalInstances).where(sql`(
    jsonb_path_exists(${approvalInstances.state}, '$.form.** ? (@ == $id)', ${vars})
    or jsonb_path_exists(${approvalInstances.state}, '$.history[*].attachmentIds[*] ? (@ == $id)', ${vars}))`).limit(limit);
}
