import type {
  ApprovalDefinition, ApproverNode, CcNode, ConditionBranch, ConditionNode, FlowNode, FormField, ParallelNode,
} from '@triad/contracts';

/**
 * Immutable edits of a DingTalk-style node tree. A "chain" is addressed by the id of its owner:
 * the root chain is `null`, a branch's chain is the branch id. Every helper returns a new
 * definition and leaves the input untouched, so undo and React state stay trivial.
 */
export type NewNodeType = FlowNode['type'];

let counter = 0;
/** Short ids unique within a definition; the schema allows letters, digits, _ and -. */
export function newNodeId(prefix: string): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export interface NodeNames { approver: string; cc: string; condition: string; parallel: string; branch: string; parallelBranch: string; defaultBranch: string }

export function createNode(type: NewNodeType, names: NodeNames): FlowNode {
  switch (type) {
    case 'approver':
      return { id: newNodeId('approver'), type, name: names.approver, source: { kind: 'initiatorDepartmentHead', level: 1 }, mode: 'any' } satisfies ApproverNode;
    case 'cc':
      return { id: newNodeId('cc'), type, name: names.cc, sources: [] } satisfies CcNode;
    case 'condition':
      return {
        id: newNodeId('condition'), type, name: names.condition,
        branches: [
          { id: newNodeId('branch'), name: `${names.branch} 1`, condition: { all: [] }, nodes: [] },
          { id: newNodeId('branch'), name: names.defaultBranch, isDefault: true, nodes: [] },
        ],
      } satisfies ConditionNode;
    case 'parallel':
      return {
        id: newNodeId('parallel'), type, name: names.parallel,
        branches: [
          { id: newNodeId('branch'), name: `${names.parallelBranch} 1`, nodes: [] },
          { id: newNodeId('branch'), name: `${names.parallelBranch} 2`, nodes: [] },
        ],
      } satisfies ParallelNode;
  }
}

/** Applies `edit` to the chain owned by `chainId` (null = root), wherever it sits in the tree. */
function mapChain(nodes: FlowNode[], chainId: string | null, edit: (chain: FlowNode[]) => FlowNode[]): FlowNode[] {
  if (chainId === null) return edit(nodes);
  return nodes.map((node) => {
    if (node.type === 'condition') {
      return { ...node, branches: node.branches.map((b) => (b.id === chainId ? { ...b, nodes: edit(b.nodes) } : { ...b, nodes: mapChain(b.nodes, chainId, edit) })) };
    }
    if (node.type === 'parallel') {
      return { ...node, branches: node.branches.map((b) => (b.id === chainId ? { ...b, nodes: edit(b.nodes) } : { ...b, nodes: mapChain(b.nodes, chainId, edit) })) };
    }
    return node;
  });
}

/** Maps every node of the tree (depth first), rebuilding only what changed. */
function mapNodes(nodes: FlowNode[], fn: (node: FlowNode) => FlowNode | null): FlowNode[] {
  const out: FlowNode[] = [];
  for (const node of nodes) {
    const mapped = fn(node);
    if (!mapped) continue;
    if (mapped.type === 'condition') out.push({ ...mapped, branches: mapped.branches.map((b) => ({ ...b, nodes: mapNodes(b.nodes, fn) })) });
    else if (mapped.type === 'parallel') out.push({ ...mapped, branches: mapped.branches.map((b) => ({ ...b, nodes: mapNodes(b.nodes, fn) })) });
    else out.push(mapped);
  }
  return out;
}

/**
 * Inserts `node` into the chain `chainId` right after the node `afterId` (null = at the head
 * of the chain, which is what the "+" under the start node or a branch header means).
 */
export function insertNodeAfter(def: ApprovalDefinition, chainId: string | null, afterId: string | null, node: FlowNode): ApprovalDefinition {
  return {
    ...def,
    nodes: mapChain(def.nodes, chainId, (chain) => {
      const index = afterId === null ? 0 : chain.findIndex((n) => n.id === afterId) + 1;
      if (afterId !== null && index === 0) return chain;
      return [...chain.slice(0, index), node, ...chain.slice(index)];
    }),
  };
}

export function removeNode(def: ApprovalDefinition, nodeId: string): ApprovalDefinition {
  return { ...def, nodes: mapNodes(def.nodes, (n) => (n.id === nodeId ? null : n)) };
}

export function updateNode(def: ApprovalDefinition, nodeId: string, patch: (node: FlowNode) => FlowNode): ApprovalDefinition {
  return { ...def, nodes: mapNodes(def.nodes, (n) => (n.id === nodeId ? patch(n) : n)) };
}

export function findNode(nodes: FlowNode[], nodeId: string): FlowNode | null {
  for (const node of nodes) {
    if (node.id === nodeId) return node;
    if (node.type === 'condition' || node.type === 'parallel') {
      for (const branch of node.branches) {
        const found = findNode(branch.nodes, nodeId);
        if (found) return found;
      }
    }
  }
  return null;
}

/** Adds a branch to a condition or parallel node; condition branches go before the default one. */
export function addBranch(def: ApprovalDefinition, nodeId: string, name: string): ApprovalDefinition {
  return updateNode(def, nodeId, (node) => {
    if (node.type === 'condition') {
      const branch: ConditionBranch = { id: newNodeId('branch'), name, condition: { all: [] }, nodes: [] };
      const defaultIndex = node.branches.findIndex((b) => b.isDefault);
      const at = defaultIndex === -1 ? node.branches.length : defaultIndex;
      return { ...node, branches: [...node.branches.slice(0, at), branch, ...node.branches.slice(at)] };
    }
    if (node.type === 'parallel') return { ...node, branches: [...node.branches, { id: newNodeId('branch'), name, nodes: [] }] };
    return node;
  });
}

/**
 * Removes a branch. The default branch of a condition stays (it is required); a split left with
 * a single branch dissolves into that branch's nodes, as in DingTalk.
 */
export function removeBranch(def: ApprovalDefinition, branchId: string): ApprovalDefinition {
  const dissolve = (nodes: FlowNode[]): FlowNode[] => nodes.flatMap((node): FlowNode[] => {
    if (node.type !== 'condition' && node.type !== 'parallel') return [node];
    const target = node.branches.find((b) => b.id === branchId);
    if (!target) {
      if (node.type === 'condition') return [{ ...node, branches: node.branches.map((b) => ({ ...b, nodes: dissolve(b.nodes) })) }];
      return [{ ...node, branches: node.branches.map((b) => ({ ...b, nodes: dissolve(b.nodes) })) }];
    }
    if (node.type === 'condition' && 'isDefault' in target && target.isDefault) return [node];
    const rest = node.branches.filter((b) => b.id !== branchId);
    if (rest.length <= 1) return rest[0]?.nodes ?? [];
    return node.type === 'condition'
      ? [{ ...node, branches: node.branches.filter((b) => b.id !== branchId) }]
      : [{ ...node, branches: node.branches.filter((b) => b.id !== branchId) }];
  });
  return { ...def, nodes: dissolve(def.nodes) };
}

export function updateBranch(def: ApprovalDefinition, branchId: string, patch: (b: ConditionBranch) => ConditionBranch): ApprovalDefinition {
  return {
    ...def,
    nodes: mapNodes(def.nodes, (node) => {
      if (node.type === 'condition' && node.branches.some((b) => b.id === branchId)) {
        return { ...node, branches: node.branches.map((b) => (b.id === branchId ? patch(b) : b)) };
      }
      if (node.type === 'parallel' && node.branches.some((b) => b.id === branchId)) {
        return { ...node, branches: node.branches.map((b) => (b.id === branchId ? { ...b, name: patch({ ...b }).name } : b)) };
      }
      return node;
    }),
  };
}

export function findBranch(nodes: FlowNode[], branchId: string): ConditionBranch | null {
  for (const node of nodes) {
    if (node.type !== 'condition' && node.type !== 'parallel') continue;
    for (const branch of node.branches) {
      if (branch.id === branchId) return branch;
      const found = findBranch(branch.nodes, branchId);
      if (found) return found;
    }
  }
  return null;
}

/** Moves a form field from one position to another (drag or up/down buttons). */
export function moveField(fields: FormField[], from: number, to: number): FormField[] {
  if (from < 0 || from >= fields.length || to < 0 || to >= fields.length || from === to) return fields;
  const next = [...fields];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The ids of approver nodes whose approvers the initiator picks at submit (发起人自选). */
export function initiatorChoiceNodes(nodes: FlowNode[]): ApproverNode[] {
  const out: ApproverNode[] = [];
  for (const node of nodes) {
    if (node.type === 'approver' && node.source.kind === 'initiatorChoice') out.push(node);
    if (node.type === 'condition' || node.type === 'parallel') for (const b of node.branches) out.push(...initiatorChoiceNodes(b.nodes));
  }
  return out;
}

/** Whether a branch belongs to a condition node (it has a condition editor) or a parallel node. */
export function branchParentType(nodes: FlowNode[], branchId: string): 'condition' | 'parallel' | null {
  for (const node of nodes) {
    if (node.type !== 'condition' && node.type !== 'parallel') continue;
    for (const branch of node.branches) {
      if (branch.id === branchId) return node.type;
      const found = branchParentType(branch.nodes, branchId);
      if (found) return found;
    }
  }
  return null;
}
