import { sql } from 'drizzle-orm';
import type { ChainEdge, ChainNode, DocumentChain } from '@triad/contracts';
import { actor, tx } from '../tx/index.ts';
import { routeOf } from './linked-type.registry.ts';

/** Real chains are a handful of hops; the caps only stop a runaway (cyclic or huge) graph. */
export const chainLimits = { maxDepth: 20, maxNodes: 500, maxWalkRows: 5000, maxEdges: 5000 };

export interface ChainOptions {
  /** False for types the caller may not read: their nodes keep their place but hide the number. */
  canRead?: (type: string) => boolean;
}

interface WalkRow { direction: 'upstream' | 'downstream'; type: string; id: string; depth: number }
interface EdgeRow { from_type: string; from_id: string; from_number: string | null; to_type: string; to_id: string; to_number: string | null; relation: string | null }

const key = (type: string, id: string) => `${type}\u0000${id}`;

/**
 * Walks the links upstream (towards the origin) and downstream (towards what followed),
 * transitively. UNION de-duplicates (node, depth) pairs and the depth cap bounds the recursion,
 * so a cycle ends instead of looping; each node keeps its shortest distance.
 */
async function walk(type: string, id: string): Promise<{ rows: WalkRow[]; cut: boolean }> {
  const t = actor().tenantId;
  const { maxDepth, maxWalkRows } = chainLimits;
  const result = await tx().execute(sql`
    with recursive
    up(type, id, depth) as (
      select from_type, from_id, 1 from document_links where tenant_id = ${t} and to_type = ${type} and to_id = ${id}
      union
      select l.from_type, l.from_id, u.depth + 1 from up u
      join document_links l on l.tenant_id = ${t} and l.to_type = u.type and l.to_id = u.id
      where u.depth < ${maxDepth}
    ),
    down(type, id, depth) as (
      select to_type, to_id, 1 from document_links where tenant_id = ${t} and from_type = ${type} and from_id = ${id}
      union
      select l.to_type, l.to_id, d.depth + 1 from down d
      join document_links l on l.tenant_id = ${t} and l.from_type = d.type and l.from_id = d.id
      where d.depth < ${maxDepth}
    )
    (select 'upstream' as direction, type, id, depth from up limit ${maxWalkRows})
    union all
    (select 'downstream' as direction, type, id, depth from down limit ${maxWalkRows})`);
  const rows: WalkRow[] = result.rows.map((r) => ({
    direction: r.direction === 'upstream' ? 'upstream' : 'downstream', type: String(r.type), id: String(r.id), depth: Number(r.depth),
  }));
  const count = (d: WalkRow['direction']) => rows.filter((r) => r.direction === d).length;
  // Cut when a side hit the row cap, or when the last allowed hop still found a new document
  // (nodes first met at the depth cap may have more beyond it; revisits inside a cycle do not count).
  const first = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.direction}\u0000${key(r.type, r.id)}`;
    first.set(k, Math.min(first.get(k) ?? Infinity, r.depth));
  }
  const cut = count('upstream') >= maxWalkRows || count('downstream') >= maxWalkRows || [...first.values()].some((d) => d >= maxDepth);
  return { rows, cut };
}

async function edgesAmong(nodes: Map<string, unknown>): Promise<EdgeRow[]> {
  const refs = [...nodes.keys()].map((k) => {
    const [type = '', id = ''] = k.split('\u0000');
    return sql`(${type}, ${id})`;
  });
  const result = await tx().execute(sql`
    select from_type, from_id, from_number, to_type, to_id, to_number, relation from document_links
    where tenant_id = ${actor().tenantId} and (from_type, from_id) in (values ${sql.join(refs, sql`, `)})
    order by created_at, id limit ${chainLimits.maxEdges}`);
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const edges: EdgeRow[] = result.rows.map((r) => ({
    from_type: String(r.from_type), from_id: String(r.from_id), from_number: text(r.from_number),
    to_type: String(r.to_type), to_id: String(r.to_id), to_number: text(r.to_number), relation: text(r.relation),
  }));
  return edges.filter((e) => nodes.has(key(e.to_type, e.to_id)));
}

/** 单据联查 of one document: the root, every reachable node with its side and distance, and the edges between them. */
export async function documentChain(type: string, id: string, options: ChainOptions = {}): Promise<DocumentChain> {
  const canRead = options.canRead ?? (() => true);
  const { rows, cut } = await walk(type, id);
  const rootKey = key(type, id);
  const best = new Map<string, WalkRow>();
  for (const row of rows) {
    const k = key(row.type, row.id);
    if (k === rootKey) continue;
    const seen = best.get(k);
    if (!seen || row.depth < seen.depth) best.set(k, row);
  }
  const ordered = [...best.values()].sort((a, b) => a.depth - b.depth || a.direction.localeCompare(b.direction) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  const kept = ordered.slice(0, chainLimits.maxNodes);
  const members = new Map<string, WalkRow | null>([[rootKey, null], ...kept.map((r) => [key(r.type, r.id), r] as const)]);
  const edgeRows = await edgesAmong(members);
  const numbers = new Map<string, string>();
  for (const e of edgeRows) {
    if (e.from_number) numbers.set(key(e.from_type, e.from_id), e.from_number);
    if (e.to_number) numbers.set(key(e.to_type, e.to_id), e.to_number);
  }
  const node = (t: string, i: string, direction: ChainNode['direction'], depth: number): ChainNode => {
    const readable = canRead(t);
    return {
      type: t, id: i, direction, depth,
      number: readable ? numbers.get(key(t, i)) ?? null : null,
      route: readable ? routeOf(t, i) : null,
      restricted: !readable,
    };
  };
  const edges: ChainEdge[] = edgeRows.map((e) => ({ fromType: e.from_type, fromId: e.from_id, toType: e.to_type, toId: e.to_id, relation: e.relation }));
  return {
    root: { type, id, number: numbers.get(rootKey) ?? null },
    nodes: [node(type, id, 'root', 0), ...kept.map((r) => node(r.type, r.id, r.direction, r.depth))],
    edges,
    truncated: cut || ordered.length > kept.length,
  };
}
