import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../components/diagram-layout.ts';

describe('instance diagram layout', () => {
  it('lays a plain chain out in order', () => {
    expect(layoutDiagram(['s', 'a', 'e'], [{ from: 's', to: 'a' }, { from: 'a', to: 'e' }])).toEqual([
      { kind: 'node', id: 's' }, { kind: 'node', id: 'a' }, { kind: 'node', id: 'e' },
    ]);
  });

  it('opens columns at a split and closes them at the join', () => {
    const blocks = layoutDiagram(['s', 'c', 'x', 'y', 'e'], [
      { from: 's', to: 'c' }, { from: 'c', to: 'x', label: '金额 ≥ 5000' }, { from: 'c', to: 'e', label: '其他' },
      { from: 'x', to: 'y' }, { from: 'y', to: 'e' },
    ]);
    expect(blocks).toEqual([
      { kind: 'node', id: 's' }, { kind: 'node', id: 'c' },
      { kind: 'split', columns: [{ label: '金额 ≥ 5000', blocks: [{ kind: 'node', id: 'x' }, { kind: 'node', id: 'y' }] }, { label: '其他', blocks: [] }] },
      { kind: 'node', id: 'e' },
    ]);
  });

  it('keeps nodes no edge reaches', () => {
    expect(layoutDiagram(['s', 'lost'], [])).toEqual([{ kind: 'node', id: 's' }, { kind: 'node', id: 'lost' }]);
  });
});
