import { sql } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';

/**
 * Keys and types of the published form of an approval request type, read so a voucher fills only
 * the fields the company's 凭证审批 form has (the approval module refuses unknown fields).
 */
export async function publishedFormFields(code: string): Promise<{ key: string; type: string }[] | null> {
  const rows = await tx().execute(sql`select v.form_schema as schema from approval_request_types t
    join approval_definition_versions v on v.request_type_id = t.id and v.version = t.published_version
    where t.code = ${code} limit 1`);
  const first = (rows as unknown as { rows: { schema: { fields?: { key: string; type: string }[] } }[] }).rows[0];
  return first ? (first.schema.fields ?? []).map((f) => ({ key: f.key, type: f.type })) : null;
}
