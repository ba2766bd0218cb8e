import { z } from 'zod';

/** A document type key such as `purchaseOrder`. */
export const linkedTypeKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,63}$/, 'must be a document type key');
/** Document ids are uuids today; the registry stores text so imported ids fit too. */
export const linkedId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be a document id');

export const documentChainParams = z.object({ type: linkedTypeKey, id: linkedId });

export const chainDirection = z.enum(['upstream', 'downstream', 'root']);

export const chainNode = z.object({
  type: z.string(),
  id: z.string(),
  /** Hidden (null) when the caller may not read documents of this type. */
  number: z.string().nullable(),
  direction: chainDirection,
  /** Hops from the document asked about (0 for the root). */
  depth: z.number().int().nonnegative(),
  /** Web route of the document (e.g. `/procurement/orders/…`) when its type is registered. */
  route: z.string().nullable(),
  restricted: z.boolean(),
});
export type ChainNode = z.infer<typeof chainNode>;

export const chainEdge = z.object({
  fromType: z.string(),
  fromId: z.string(),
  toType: z.string(),
  toId: z.string(),
  relation: z.string().nullable(),
});
export type ChainEdge = z.infer<typeof chainEdge>;

/** 单据联查: every upstream and downstream document of one document, transitively. */
export const documentChain = z.object({
  root: z.object({ type: z.string(), id: z.string(), number: z.string().nullable() }),
  nodes: z.array(chainNode),
  edges: z.array(chainEdge),
  /** True when the chain was cut at the depth or size limit. */
  truncated: z.boolean(),
});
export type DocumentChain = z.infer<typeof documentChain>;
