import { describe, expect, it } from 'vitest';
import type { ChainNode } from '@triad/contracts';
import { orderChain } from '../chain-order.ts';

function node(id: string, direction: ChainNode['direction'], depth: number): ChainNode {
  return { type: 't', id, number: id, direction, depth, route: null, restricted: false };
}

describe('orderChain', () => {
  it('puts the farthest upstream first, then the document, then downstream by distance', () => {
    const ordered = orderChain([node('d2', 'downstream', 2), node('u1', 'upstream', 1), node('r', 'root', 0), node('d1', 'downstream', 1), node('u2', 'upstream', 2)]);
    expect(ordered.map((n) => n.id)).toEqual(['u2', 'u1', 'r', 'd1', 'd2']);
  });
});
