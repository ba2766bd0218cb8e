import type { FlowNode, InstanceDetail } from '@triad/contracts';
import type { InstanceState } from '../domain/index.ts';

type Diagram = InstanceDetail['diagram'];
type NodeState = Diagram['nodes'][number]['state'];

/**
 * The flow chart of the detail page: every node of the definition the instance runs on, with
 * where the request stands (done / active / pending / skipped) and the edges between them.
 */
export function buildDiagram(state: InstanceState): Diagram {
  const nodes: Diagram['nodes'] = [];
  const edges: Diagram['edges'] = [];
  const cced = new Set(state.history.filter((h) => h.action === 'cc').map((h) => h.nodeId));
  const stateOf = (node: FlowNode): NodeState => {
    if (node.type === 'cc') return cced.has(node.id) ? 'done' : 'pending';
    if (node.type === 'condition') return state.branchTaken[node.id] ? 'done' : 'pending';
    if (node.type === 'parallel') return state.runs.length ? 'done' : 'pending';
    const runs = state.runs.filter((r) => r.nodeId === node.id && r.round === state.round);
    if (runs.some((r) => r.status === 'active')) return 'active';
    if (runs.some((r) => r.autoPass)) return 'skipped';
    return runs.length ? 'done' : 'pending';
  };
  /** Adds a chain after `from`; returns the ids the next node connects from. */
  const chain = (list: FlowNode[], from: string[], label?: string): string[] => {
    let tails = from;
    let first = true;
    for (const node of list) {
      nodes.push({ id: node.id, name: node.name, kind: node.type, state: stateOf(node) });
      for (const f of tails) edges.push({ from: f, to: node.id, ...(first && label ? { label } : {}) });
      first = false;
      if (node.type === 'condition' || node.type === 'parallel') {
        const taken = state.branchTaken[node.id];
        tails = node.branches.flatMap((b) => {
          const out = chain(b.nodes, [node.id], b.name);
          if (node.type === 'condition' && taken && taken !== b.id) {
            for (const n of nodes) if (b.nodes.some((bn) => bn.id === n.id) && n.state === 'pending') n.state = 'skipped';
          }
          return out;
        });
      } else {
        tails = [node.id];
      }
    }
    return tails;
  };
  const start = state.definition.start;
  nodes.push({ id: start.id, name: start.name, kind: 'start', state: 'done' });
  const tails = chain(state.definition.nodes, [start.id]);
  const finished = state.status === 'approved' || state.status === 'rejected' || state.status === 'withdrawn';
  nodes.push({ id: 'end', name: '结束', kind: 'end', state: finished ? 'done' : 'pending' });
  for (const t of tails) edges.push({ from: t, to: 'end' });
  return { nodes, edges };
}
