import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Space, Spin, Switch, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ApprovalDefinition, FormSchema, FormValues } from '@triad/contracts';
import { feedback, isApiError, notifyError } from '../../../app/api/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { approvalKeys, getRequestType, publishDraft, saveDraft, validateDraft, type ValidationError } from '../api.ts';
import { FieldsEditor } from '../designer/FieldsEditor.tsx';
import { FlowEditor, type Selection } from '../designer/FlowEditor.tsx';
import { NodeDrawer } from '../designer/NodeDrawer.tsx';
import { addBranch, createNode, findNode, insertNodeAfter, removeBranch, removeNode, type NodeNames } from '../designer/tree-ops.ts';
import { draftSchemaErrors } from '../designer/schema-issues.ts';
import { ApprovalForm } from '../form/ApprovalForm.tsx';
import { withInitialRows } from '../form/form-values.ts';

interface Draft { name: string; description: string; enabled: boolean; formSchema: FormSchema; definition: ApprovalDefinition }

/** Thrown when the local schema check stops a save; the errors are already on the nodes. */
class DraftInvalid extends Error {}

function isErrorList(value: unknown): value is ValidationError[] {
  return Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && 'nodeId' in e && 'message' in e);
}

/** 审批设计器: the flow as a node tree, the form's fields, a preview of the form; save, validate, publish. */
export default function DesignerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const type = useQuery({ queryKey: approvalKeys.requestType(id), queryFn: () => getRequestType(id), refetchOnWindowFocus: false });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [errors, setErrors] = useState<ValidationError[] | null>(null);
  const [busy, setBusy] = useState<'save' | 'validate' | 'publish' | null>(null);
  const [previewValues, setPreviewValues] = useState<FormValues>({});

  useEffect(() => {
    const data = type.data;
    if (!data || draft) return;
    const source = data.draft ?? data.published;
    if (!source) return;
    setDraft({ name: data.name, description: data.description ?? '', enabled: data.enabled, formSchema: source.formSchema, definition: source.definition });
  }, [type.data, draft]);

  if (type.isPending) return <Spin />;
  if (!type.data) return <Result status="404" title={t('approval.instance.notFound')} />;
  if (!draft) return <Spin />;

  const names: NodeNames = {
    approver: t('approval.kind.approver'), cc: t('approval.kind.cc'), condition: t('approval.kind.condition'),
    parallel: t('approval.kind.parallel'), branch: t('approval.designer.branch'), parallelBranch: t('approval.designer.parallelBranch'), defaultBranch: t('approval.designer.defaultBranch'),
  };
  const update = (patch: Partial<Draft>) => { setDraft({ ...draft, ...patch }); setDirty(true); };
  const setDefinition = (definition: ApprovalDefinition) => update({ definition });

  const save = async () => {
    const local = draftSchemaErrors(draft.definition, draft.formSchema);
    if (local.length > 0) {
      setErrors(local);
      throw new DraftInvalid();
    }
    await saveDraft(id, { name: draft.name, description: draft.description, enabled: draft.enabled, formSchema: draft.formSchema, definition: draft.definition });
    setDirty(false);
    void queryClient.invalidateQueries({ queryKey: approvalKeys.requestTypes });
  };
  const run = async (kind: 'save' | 'validate' | 'publish') => {
    setBusy(kind);
    try {
      await save();
      if (kind === 'save') feedback.message?.success(t('approval.designer.saved'));
      if (kind === 'validate') {
        const result = await validateDraft(id);
        setErrors(result.errors);
        if (result.errors.length === 0) feedback.message?.success(t('approval.designer.valid'));
      }
      if (kind === 'publish') {
        const result = await publishDraft(id);
        setErrors([]);
        feedback.message?.success(t('approval.designer.published', { version: result.version }));
        void queryClient.invalidateQueries({ queryKey: approvalKeys.requestType(id) });
      }
    } catch (error) {
      if (error instanceof DraftInvalid) feedback.message?.error(t('approval.designer.invalid', { count: draftSchemaErrors(draft.definition, draft.formSchema).length }));
      else if (isApiError(error) && isErrorList(error.details)) setErrors(error.details);
      else notifyError(error, t('common.requestFailed'));
    } finally {
      setBusy(null);
    }
  };

  const toolbar = (
    <Space wrap>
      {dirty ? <Tag color="orange">{t('approval.designer.unsaved')}</Tag> : null}
      <Button icon={<SaveOutlined />} loading={busy === 'save'} onClick={() => void run('save')} data-testid="approval-designer-save">{t('approval.designer.saveDraft')}</Button>
      <Button icon={<CheckCircleOutlined />} loading={busy === 'validate'} onClick={() => void run('validate')} data-testid="approval-designer-validate">{t('approval.designer.validate')}</Button>
      <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'publish'} onClick={() => void run('publish')} data-testid="approval-designer-publish">{t('approval.designer.publish')}</Button>
    </Space>
  );

  const flow = (
    <>
      {errors && errors.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('approval.designer.invalid', { count: errors.length })}
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{errors.map((e, i) => <li key={i}>{e.message}</li>)}</ul>} data-testid="approval-designer-errors" />
      ) : null}
      <FlowEditor
        definition={draft.definition}
        errors={errors ?? []}
        selected={selection}
        onSelect={setSelection}
        onInsert={(chainId, afterId, nodeType) => {
          const node = createNode(nodeType, names);
          setDefinition(insertNodeAfter(draft.definition, chainId, afterId, node));
          if (nodeType === 'approver' || nodeType === 'cc') setSelection({ kind: 'node', id: node.id });
        }}
        onRemoveNode={(nodeId) => { setDefinition(removeNode(draft.definition, nodeId)); setSelection(null); }}
        onAddBranch={(nodeId) => {
          const split = findNode(draft.definition.nodes, nodeId);
          const count = split && (split.type === 'condition' || split.type === 'parallel') ? split.branches.length : 0;
          const label = split?.type === 'condition' ? t('approval.designer.branch') : t('approval.designer.parallelBranch');
          setDefinition(addBranch(draft.definition, nodeId, `${label} ${split?.type === 'condition' ? count : count + 1}`));
        }}
        onRemoveBranch={(branchId) => { setDefinition(removeBranch(draft.definition, branchId)); setSelection(null); }}
      />
      <NodeDrawer definition={draft.definition} fields={draft.formSchema.fields} selection={selection} onChange={setDefinition} onClose={() => setSelection(null)} />
    </>
  );

  return (
    <Card
      data-testid="approval-designer"
      styles={{ body: { padding: mobile ? 8 : 24 } }}
      title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/approval/designer')} aria-label={t('approval.designer.back')} />{draft.name}</Space>}
      extra={mobile ? null : toolbar}
    >
      {mobile ? <div style={{ marginBottom: 8 }}>{toolbar}</div> : null}
      <Tabs
        items={[
          { key: 'flow', label: t('approval.designer.tabs.flow'), children: flow },
          { key: 'fields', label: t('approval.designer.tabs.fields'), children: <FieldsEditor schema={draft.formSchema} onChange={(formSchema) => update({ formSchema })} /> },
          {
            key: 'preview', label: t('approval.designer.tabs.preview'),
            children: <div style={{ maxWidth: 640 }}><ApprovalForm schema={draft.formSchema} values={withInitialRows(draft.formSchema.fields, previewValues)} onChange={setPreviewValues} editable /></div>,
          },
          {
            key: 'settings', label: t('approval.designer.tabs.settings'),
            children: (
              <Form layout="vertical" component="div" style={{ maxWidth: 520 }}>
                <Form.Item label={t('approval.designer.name')}><Input value={draft.name} maxLength={60} onChange={(e) => update({ name: e.target.value })} data-testid="approval-designer-name" /></Form.Item>
                <Form.Item label={t('approval.designer.description')}><Input.TextArea value={draft.description} maxLength={200} onChange={(e) => update({ description: e.target.value })} /></Form.Item>
                <Form.Item label={t('approval.designer.enabled')}><Switch checked={draft.enabled} onChange={(enabled) => update({ enabled })} /></Form.Item>
              </Form>
            ),
          },
        ]}
      />
    </Card>
  );
}
