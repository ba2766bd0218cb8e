import { Fragment, type CSSProperties } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiagramState, InstanceDetail } from '../api.ts';
import { layoutDiagram, type DiagramBlock } from './diagram-layout.ts';

type DiagramNode = InstanceDetail['diagram']['nodes'][number];

const stateStyle: Record<DiagramState, CSSProperties> = {
  done: { borderColor: '#52c41a', background: '#f6ffed' },
  active: { borderColor: '#1677ff', background: '#e6f4ff', boxShadow: '0 0 0 3px rgba(22,119,255,.18)' },
  pending: { borderColor: '#d9d9d9', background: '#fff' },
  skipped: { borderColor: '#d9d9d9', background: '#fafafa', borderStyle: 'dashed', opacity: 0.55 },
};
const line: CSSProperties = { width: 2, height: 18, background: '#d9d9d9', margin: '0 auto' };

function NodeBox({ node, people }: { node: DiagramNode; people: string[] }) {
  const { t } = useTranslation();
  const kind = ['approver', 'cc', 'condition', 'parallel', 'start', 'end'].includes(node.kind) ? t(`approval.kind.${node.kind}`) : node.kind;
  return (
    <div
      data-testid={`approval-diagram-node-${node.id}`}
      data-state={node.state}
      style={{ border: '1px solid', borderRadius: 8, padding: '6px 12px', minWidth: 120, maxWidth: 220, margin: '0 auto', textAlign: 'center', ...stateStyle[node.state] }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>{kind}</Typography.Text>
      <div style={{ fontWeight: node.state === 'active' ? 600 : 400, wordBreak: 'break-word' }}>{node.name}</div>
      {people.length > 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{people.join('、')}</Typography.Text> : null}
    </div>
  );
}

function Blocks({ blocks, nodes, people }: { blocks: DiagramBlock[]; nodes: Map<string, DiagramNode>; people: Map<string, string[]> }) {
  return (
    <>
      {blocks.map((block, index) => (
        <Fragment key={block.kind === 'node' ? block.id : `split-${index}`}>
          {index > 0 ? <div style={line} /> : null}
          {block.kind === 'node'
            ? (nodes.get(block.id) ? <NodeBox node={nodes.get(block.id) as DiagramNode} people={people.get(block.id) ?? []} /> : null)
            : (
              <div style={{ display: 'flex', gap: 8, border: '1px dashed #d9d9d9', borderRadius: 8, padding: 8, overflowX: 'auto' }}>
                {block.columns.map((column, ci) => (
                  <div key={ci} style={{ flex: '1 0 130px', display: 'flex', flexDirection: 'column', alignItems: 'stretch' }}>
                    {column.label ? <Typography.Text type="secondary" style={{ fontSize: 11, textAlign: 'center', marginBottom: 4 }}>{column.label}</Typography.Text> : null}
                    {column.blocks.length > 0 ? <Blocks blocks={column.blocks} nodes={nodes} people={people} /> : <div style={{ ...line, height: 32 }} />}
                  </div>
                ))}
              </div>
            )}
        </Fragment>
      ))}
    </>
  );
}

/** The instance's flow as a vertical node chain; branches sit side by side, the active step is highlighted. */
export function FlowDiagram({ diagram, tasks }: { diagram: InstanceDetail['diagram']; tasks: InstanceDetail['tasks'] }) {
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]));
  // Who handles (or handled) each step, as DingTalk lists names under a node.
  const people = new Map<string, string[]>();
  for (const task of tasks) {
    const names = people.get(task.nodeId) ?? [];
    if (!names.includes(task.assignee.displayName)) people.set(task.nodeId, [...names, task.assignee.displayName]);
  }
  const blocks = layoutDiagram(diagram.nodes.map((n) => n.id), diagram.edges);
  return <div data-testid="approval-diagram" style={{ padding: '4px 0' }}><Blocks blocks={blocks} nodes={nodes} people={people} /></div>;
}
