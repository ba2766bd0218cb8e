import type { ApprovalDefinition, ApproverNode, FlowNode } from './contracts.ts';

/** Which chain of nodes a node sits in: the top-level chain or one branch of a route node. */
export type ChainRef =
  | { kind: 'root' }
  | { kind: 'branch'; ownerId: string; branchId: string; parallel: boolean };

export interface NodeLocation { node: FlowNode; chain: ChainRef; position: number }

/** Lookups over the node tree: where a node sits and what follows it. */
export interface DefinitionIndex {
  node(nodeId: string): NodeLocation | undefined;
  chainNodes(chain: ChainRef): FlowNode[];
  approverNode(nodeId: string): ApproverNode | undefined;
}

/** Depth-first visit of every node, branches included, with the chain each sits in. */
export function walkNodes(nodes: FlowNode[], visit: (node: FlowNode, chain: ChainRef, position: number) => void, chain: ChainRef = { kind: 'root' }): void {
  nodes.forEach((node, position) => {
    visit(node, chain, position);
    if (node.type === 'condition' || node.type === 'parallel') {
      for (const branch of node.branches) {
        walkNodes(branch.nodes, visit, { kind: 'branch', ownerId: node.id, branchId: branch.id, parallel: node.type === 'parallel' });
      }
    }
  });
}

const cache = new WeakMap<ApprovalDefinition, DefinitionIndex>();

export function indexDefinition(definition: ApprovalDefinition): DefinitionIndex {
  const cached = cache.get(definition);
  if (cached) return cached;
  const locations = new Map<string, NodeLocation>();
  const branches = new Map<string, FlowNode[]>();
  walkNodes(definition.nodes, (node, chain, position) => {
    if (!locations.has(node.id)) locations.set(node.id, { node, chain, position });
    if (node.type === 'condition' || node.type === 'parallel') {
      for (const branch of node.branches) branches.set(branch.id, branch.nodes);
    }
  });
  const index: DefinitionIndex = {
    node: (nodeId) => locations.get(nodeId),
    chainNodes: (chain) => (chain.kind === 'root' ? definition.nodes : branches.get(chain.branchId) ?? []),
    approverNode(nodeId) {
      const found = locations.get(nodeId)?.node;
      return found?.type === 'approver' ? found : undefined;
    },
  };
  cache.set(definition, index);
  return index;
}
