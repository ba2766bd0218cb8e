import { Button, Divider, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApprovalDefinition, ApproverNode, CcNode, FormField, TimeoutAction } from '@triad/contracts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import { FieldPermissionsEditor } from './FieldPermissionsEditor.tsx';
import type { Selection } from './FlowEditor.tsx';
import { defaultSource, SourceEditor } from './SourceEditor.tsx';
import { branchParentType, findBranch, findNode, updateBranch, updateNode } from './tree-ops.ts';

interface Props {
  definition: ApprovalDefinition;
  fields: FormField[];
  selection: Selection | null;
  onChange: (definition: ApprovalDefinition) => void;
  onClose: () => void;
}

function ApproverSettings({ node, fields, set }: { node: ApproverNode; fields: FormField[]; set: (n: ApproverNode) => void }) {
  const { t } = useTranslation();
  const action = node.timeout?.action;
  return (
    <>
      <SourceEditor value={node.source} onChange={(source) => set({ ...node, source })} fields={fields} testId="approval-node-source" />
      <Form.Item label={t('approval.node.mode')}>
        <Radio.Group value={node.mode} onChange={(e) => set({ ...node, mode: e.target.value as ApproverNode['mode'] })} data-testid="approval-node-mode"
          options={(['any', 'all', 'sequence'] as const).map((m) => ({ value: m, label: t(`approval.mode.${m}`) }))} />
      </Form.Item>
      <Form.Item label={t('approval.node.emptyApprover')}>
        <Select value={node.emptyApprover ?? ''} onChange={(v: string) => set({ ...node, emptyApprover: v === '' ? undefined : (v as ApproverNode['emptyApprover']) })}
          options={[{ value: '', label: t('approval.node.defaultRule') }, ...(['autoPass', 'toAdmin', 'reject'] as const).map((r) => ({ value: r, label: t(`approval.node.emptyRule.${r}`) }))]} />
      </Form.Item>
      <Divider titlePlacement="start" plain>{t('approval.node.timeout')}</Divider>
      <Space wrap>
        <Form.Item label={t('approval.node.remindAfter')}>
          <InputNumber min={1} value={node.timeout?.remindAfterHours} onChange={(h) => set({ ...node, timeout: { ...node.timeout, remindAfterHours: h ?? undefined } })} />
        </Form.Item>
        <Form.Item label={t('approval.node.timeoutAction')}>
          <Select style={{ width: 160 }} value={action?.kind ?? 'none'}
            onChange={(kind: TimeoutAction | 'none') => set({ ...node, timeout: { ...node.timeout, action: kind === 'none' ? undefined : { kind, afterHours: action?.afterHours ?? 24 } } })}
            options={(['none', 'escalate', 'autoApprove', 'autoReject'] as const).map((k) => ({ value: k, label: t(`approval.node.timeoutKind.${k}`) }))} />
        </Form.Item>
        {action ? (
          <Form.Item label={t('approval.node.timeoutAfter')}>
            <InputNumber min={1} value={action.afterHours} onChange={(h) => set({ ...node, timeout: { ...node.timeout, action: { ...action, afterHours: h ?? 24 } } })} />
          </Form.Item>
        ) : null}
      </Space>
      <Divider titlePlacement="start" plain>{t('approval.node.fieldPermissions')}</Divider>
      <FieldPermissionsEditor fields={fields} value={node.fieldPermissions} fallback="read" onChange={(fieldPermissions) => set({ ...node, fieldPermissions })} />
    </>
  );
}

function CcSettings({ node, fields, set }: { node: CcNode; fields: FormField[]; set: (n: CcNode) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {node.sources.map((source, index) => (
        <div key={index} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 12px', marginBottom: 8 }}>
          <SourceEditor value={source} fields={fields} testId={`approval-cc-source-${index}`}
            onChange={(next) => set({ ...node, sources: node.sources.map((s, i) => (i === index ? next : s)) })} />
          <Button danger size="small" icon={<DeleteOutlined />} onClick={() => set({ ...node, sources: node.sources.filter((_s, i) => i !== index) })}>{t('common.delete')}</Button>
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => set({ ...node, sources: [...node.sources, defaultSource('users')] })} data-testid="approval-cc-add-source">
        {t('approval.node.addCcSource')}
      </Button>
      <Divider titlePlacement="start" plain>{t('approval.node.fieldPermissions')}</Divider>
      <FieldPermissionsEditor fields={fields} value={node.fieldPermissions} fallback="read" onChange={(fieldPermissions) => set({ ...node, fieldPermissions })} />
    </>
  );
}

/** The side drawer configuring the selected node, branch or the start node. */
export function NodeDrawer({ definition, fields, selection, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const node = selection?.kind === 'node' ? findNode(definition.nodes, selection.id) : null;
  const branch = selection?.kind === 'branch' ? findBranch(definition.nodes, selection.id) : null;
  const name = selection?.kind === 'start' ? definition.start.name : node?.name ?? branch?.name ?? '';
  const rename = (value: string) => {
    if (selection?.kind === 'start') onChange({ ...definition, start: { ...definition.start, name: value } });
    else if (node) onChange(updateNode(definition, node.id, (n) => ({ ...n, name: value })));
    else if (branch) onChange(updateBranch(definition, branch.id, (b) => ({ ...b, name: value })));
  };
  const setNode = (next: ApproverNode | CcNode) => onChange(updateNode(definition, next.id, () => next));
  const isConditionBranch = branch !== null && branchParentType(definition.nodes, branch.id) === 'condition';

  return (
    <Drawer open={selection !== null} onClose={onClose} size={mobile ? '100%' : 560} title={name || t('approval.designer.nodeName')} destroyOnHidden data-testid="approval-node-drawer">
      <Form layout="vertical" component="div">
        <Form.Item label={t('approval.designer.nodeName')}>
          <Input value={name} maxLength={60} onChange={(e) => rename(e.target.value)} data-testid="approval-node-name" />
        </Form.Item>
        {selection?.kind === 'start' ? (
          <>
            <Divider titlePlacement="start" plain>{t('approval.node.fieldPermissions')}</Divider>
            <FieldPermissionsEditor fields={fields} value={definition.start.fieldPermissions} fallback="edit"
              onChange={(fieldPermissions) => onChange({ ...definition, start: { ...definition.start, fieldPermissions } })} />
          </>
        ) : null}
        {node?.type === 'approver' ? <ApproverSettings node={node} fields={fields} set={setNode} /> : null}
        {node?.type === 'cc' ? <CcSettings node={node} fields={fields} set={setNode} /> : null}
        {branch && isConditionBranch && !branch.isDefault ? (
          <ConditionEditor value={branch.condition} fields={fields} onChange={(condition) => onChange(updateBranch(definition, branch.id, (b) => ({ ...b, condition })))} />
        ) : null}
      </Form>
    </Drawer>
  );
}
