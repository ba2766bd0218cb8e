/**
 * Turns the instance diagram (nodes + edges) into what the DingTalk-style chart draws: a vertical
 * sequence where a node with several outgoing edges opens side-by-side columns that meet again
 * at the first node every column reaches (the join).
 */
export interface DiagramEdge { from: string; to: string; label?: string | null }
export type DiagramBlock =
  | { kind: 'node'; id: string }
  | { kind: 'split'; columns: { label: string | null; blocks: DiagramBlock[] }[] };

export function layoutDiagram(nodeIds: string[], edges: DiagramEdge[]): DiagramBlock[] {
  const known = new Set(nodeIds);
  const out = new Map<string, DiagramEdge[]>();
  const incoming = new Set<string>();
  for (const edge of edges) {
    if (!known.has(edge.from) || !known.has(edge.to)) continue;
    out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
    incoming.add(edge.to);
  }
  const succ = (id: string) => (out.get(id) ?? []).map((e) => e.to);

  const reach = (from: string): string[] => {
    const order: string[] = [];
    const seen = new Set<string>();
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      queue.push(...succ(id));
    }
    return order;
  };

  const findJoin = (starts: string[]): string | null => {
    const sets = starts.map((s) => new Set(reach(s)));
    return reach(starts[0] as string).find((id) => sets.every((set) => set.has(id))) ?? null;
  };

  const placed = new Set<string>();
  const walk = (from: string | null, stop: string | null): DiagramBlock[] => {
    const blocks: DiagramBlock[] = [];
    let current = from;
    while (current !== null && current !== stop && !placed.has(current)) {
      placed.add(current);
      blocks.push({ kind: 'node', id: current });
      const next: DiagramEdge[] = out.get(current) ?? [];
      if (next.length === 0) break;
      if (next.length === 1) { current = next[0]?.to ?? null; continue; }
      const join = findJoin(next.map((e) => e.to));
      blocks.push({ kind: 'split', columns: next.map((e) => ({ label: e.label ?? null, blocks: e.to === join ? [] : walk(e.to, join) })) });
      current = join;
    }
    return blocks;
  };

  const roots = nodeIds.filter((id) => !incoming.has(id));
  const blocks = walk(roots[0] ?? nodeIds[0] ?? null, null);
  // Nodes the edges never reach (a malformed diagram) still show, at the end.
  for (const id of nodeIds) if (!placed.has(id)) blocks.push({ kind: 'node', id });
  return blocks;
}
