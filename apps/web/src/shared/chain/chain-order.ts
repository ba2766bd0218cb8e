import type { ChainNode } from '@triad/contracts';

/** Upstream documents (farthest first), the document itself, then downstream ones (nearest first). */
export function orderChain(nodes: ChainNode[]): ChainNode[] {
  const up = nodes.filter((n) => n.direction === 'upstream').sort((a, b) => b.depth - a.depth);
  const root = nodes.filter((n) => n.direction === 'root');
  const down = nodes.filter((n) => n.direction === 'downstream').sort((a, b) => a.depth - b.depth);
  return [...up, ...root, ...down];
}
