import { and, eq, inArray } from 'drizzle-orm';
import { documentLinks } from '../../../platform/links/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';

/** Voucher numbers by id, read from the document chain (postDocument links each document to its voucher). */
export async function voucherNumbers(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => !!v))];
  if (wanted.length === 0) return new Map();
  const rows = await tx().selectDistinct({ id: documentLinks.toId, number: documentLinks.toNumber }).from(documentLinks)
    .where(and(eq(documentLinks.tenantId, actor().tenantId), eq(documentLinks.toType, 'voucher'), inArray(documentLinks.toId, wanted)));
  return new Map(rows.flatMap((r) => (r.number ? [[r.id, r.number] as const] : [])));
}
