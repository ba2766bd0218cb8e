import { newId } from '../db/index.ts';
import { actor, tx } from '../tx/index.ts';
import { documentLinks } from './links.table.ts';

/** One business document as the chain knows it. */
export interface DocumentRef {
  type: string;
  id: string;
  /** The document number shown in the chain (PO-202611-0003). */
  number?: string | null;
}

export interface DocumentLink {
  /** The upstream document (the purchase request a purchase order was made from). */
  from: DocumentRef;
  /** The downstream document. */
  to: DocumentRef;
  /** Optional wording of the edge, e.g. `fulfils`, `bills`, `pays`. */
  relation?: string | null;
}

const typeKey = /^[a-zA-Z][a-zA-Z0-9_.]{0,63}$/;
const idText = /^[A-Za-z0-9_.:-]{1,100}$/;

function check(ref: DocumentRef): void {
  if (!typeKey.test(ref.type) || !idText.test(ref.id)) throw new Error(`document link: bad reference ${ref.type}/${ref.id}`);
}

/**
 * Records that `to` was made from `from`, in the caller's transaction, so the edge exists exactly
 * when the document does. Recording the same edge twice is harmless (retries, replays).
 */
export async function linkDocuments(link: DocumentLink): Promise<void> {
  check(link.from);
  check(link.to);
  if (link.from.type === link.to.type && link.from.id === link.to.id) throw new Error('document link: a document cannot be its own upstream');
  await tx().insert(documentLinks).values({
    id: newId(),
    tenantId: actor().tenantId,
    fromType: link.from.type,
    fromId: link.from.id,
    fromNumber: link.from.number ?? null,
    toType: link.to.type,
    toId: link.to.id,
    toNumber: link.to.number ?? null,
    relation: link.relation ?? null,
  }).onConflictDoNothing({ target: [documentLinks.tenantId, documentLinks.fromType, documentLinks.fromId, documentLinks.toType, documentLinks.toId] });
}
