import type { ReactNode } from 'react';
import { Button, Tooltip, Typography } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApprovalDefinition, FlowNode } from '@triad/contracts';
import type { ValidationError } from '../api.ts';
import { AddNodeButton } from './AddNodeButton.tsx';
import { countLeaves, nodeSummary } from './node-summary.ts';
import type { NewNodeType } from './tree-ops.ts';

export type Selection = { kind: 'start' } | { kind: 'node'; id: string } | { kind: 'branch'; id: string };

interface Props {
  definition: ApprovalDefinition;
  errors: ValidationError[];
  selected: Selection | null;
  onSelect: (selection: Selection) => void;
  onInsert: (chainId: string | null, afterId: string | null, type: NewNodeType) => void;
  onRemoveNode: (id: string) => void;
  onAddBranch: (nodeId: string) => void;
  onRemoveBranch: (branchId: string) => void;
}

const headerColor: Record<string, string> = { start: '#576a95', approver: '#ff943e', cc: '#3296fa', condition: '#15bc83', parallel: '#722ed1' };

function Card({ title, color, body, active, error, onClick, onRemove, testId }: {
  title: ReactNode; color: string; body: ReactNode; active: boolean; error?: string; onClick: () => void; onRemove?: () => void; testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={onClick}
      onKeyDown={(e) => { if (e.key === 'Enter') onClick(); }}
      data-testid={testId}
      data-error={error ? 'true' : undefined}
      style={{
        width: 220, maxWidth: '100%', background: '#fff', borderRadius: 8, cursor: 'pointer', overflow: 'hidden', flex: 'none',
        boxShadow: active ? '0 0 0 2px #1677ff' : error ? '0 0 0 2px #ff4d4f' : '0 2px 6px rgba(0,0,0,.12)',
      }}
    >
      <div style={{ background: color, color: '#fff', padding: '4px 10px', fontSize: 12, display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{title}</span>
        {onRemove ? (
          <Button type="text" size="small" icon={<CloseOutlined style={{ color: '#fff' }} />} aria-label={t('approval.designer.removeNode')}
            onClick={(e) => { e.stopPropagation(); onRemove(); }} data-testid={`${testId}-remove`} />
        ) : null}
      </div>
      <div style={{ padding: '8px 10px', fontSize: 13, minHeight: 36 }}>{body}</div>
      {error ? <div style={{ padding: '0 10px 8px', color: '#ff4d4f', fontSize: 12 }} data-testid={`${testId}-error`}>{error}</div> : null}
    </div>
  );
}

/** DingTalk-style flow editor: a vertical chain of node cards, "+" between them, branches side by side. */
export function FlowEditor(props: Props) {
  const { t } = useTranslation();
  const { definition, errors, selected } = props;
  const errorOf = (id: string) => errors.filter((e) => e.nodeId === id).map((e) => e.message).join('；') || undefined;
  const isSelected = (kind: Selection['kind'], id?: string) => selected?.kind === kind && (kind === 'start' || (selected.kind !== 'start' && selected.id === id));

  const chain = (nodes: FlowNode[], chainId: string | null): ReactNode => (
    <>
      <AddNodeButton onAdd={(type) => props.onInsert(chainId, null, type)} testId={`approval-add-${chainId ?? 'root'}-head`} />
      {nodes.map((node) => (
        <div key={node.id} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: '100%' }}>
          {node.type === 'condition' || node.type === 'parallel' ? split(node) : (
            <Card
              title={node.name}
              color={headerColor[node.type] ?? '#999'}
              body={<Typography.Text type="secondary">{nodeSummary(node, t)}</Typography.Text>}
              active={isSelected('node', node.id)}
              error={errorOf(node.id)}
              onClick={() => props.onSelect({ kind: 'node', id: node.id })}
              onRemove={() => props.onRemoveNode(node.id)}
              testId={`approval-node-${node.id}`}
            />
          )}
          <AddNodeButton onAdd={(type) => props.onInsert(chainId, node.id, type)} testId={`approval-add-after-${node.id}`} />
        </div>
      ))}
    </>
  );

  const split = (node: Extract<FlowNode, { type: 'condition' | 'parallel' }>): ReactNode => (
    <div data-testid={`approval-node-${node.id}`} data-error={errorOf(node.id) ? 'true' : undefined}
      style={{ border: `1px dashed ${errorOf(node.id) ? '#ff4d4f' : '#cacaca'}`, borderRadius: 8, padding: 8, maxWidth: '100%', overflowX: 'auto', position: 'relative' }}>
      <div style={{ display: 'flex', justifyContent: 'center', gap: 8, marginBottom: 8 }}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => props.onAddBranch(node.id)} data-testid={`approval-add-branch-${node.id}`}>
          {node.type === 'condition' ? t('approval.designer.addCondition') : t('approval.designer.addBranch')}
        </Button>
        <Tooltip title={t('approval.designer.removeNode')}>
          <Button size="small" danger icon={<CloseOutlined />} onClick={() => props.onRemoveNode(node.id)} data-testid={`approval-node-${node.id}-remove`} />
        </Tooltip>
      </div>
      {errorOf(node.id) ? <div style={{ color: '#ff4d4f', fontSize: 12, textAlign: 'center' }}>{errorOf(node.id)}</div> : null}
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        {node.branches.map((branch) => {
          const isDefault = node.type === 'condition' && 'isDefault' in branch && branch.isDefault === true;
          const body = node.type === 'condition'
            ? (isDefault ? t('approval.designer.defaultBranch') : countLeaves('condition' in branch ? branch.condition : undefined) === 0
              ? t('approval.designer.noCondition') : t('approval.condition.summary', { count: countLeaves('condition' in branch ? branch.condition : undefined) }))
            : '';
          return (
            <div key={branch.id} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', minWidth: 230, background: '#f5f5f7', borderRadius: 8, padding: 8 }}>
              <Card
                title={branch.name}
                color={headerColor[node.type] ?? '#999'}
                body={<Typography.Text type="secondary">{body || t('approval.kind.parallel')}</Typography.Text>}
                active={isSelected('branch', branch.id)}
                error={errorOf(branch.id)}
                onClick={() => props.onSelect({ kind: 'branch', id: branch.id })}
                onRemove={isDefault ? undefined : () => props.onRemoveBranch(branch.id)}
                testId={`approval-branch-${branch.id}`}
              />
              {chain(branch.nodes, branch.id)}
            </div>
          );
        })}
      </div>
    </div>
  );

  return (
    <div data-testid="approval-flow-editor" style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', background: '#f5f5f7', padding: 16, borderRadius: 8, overflowX: 'auto' }}>
      <Card
        title={definition.start.name}
        color={headerColor.start ?? '#576a95'}
        body={<Typography.Text type="secondary">{t('approval.designer.allInitiators')}</Typography.Text>}
        active={isSelected('start')}
        error={errorOf(definition.start.id)}
        onClick={() => props.onSelect({ kind: 'start' })}
        testId="approval-node-start"
      />
      {chain(definition.nodes, null)}
      <div style={{ color: '#999', fontSize: 12, padding: 6, border: '1px solid #ddd', borderRadius: 12, background: '#fff' }} data-testid="approval-node-end">
        {t('approval.designer.end')}
      </div>
    </div>
  );
}
