import { useState } from 'react';
import { Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FormValues } from '@triad/contracts';
import { feedback, isApiError, notifyError } from '../../../app/api/index.ts';
import { useMe } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { actOnInstance, approvalKeys, getInstance, type ActionName, type ActionRequest, type InstanceDetail } from '../api.ts';
import { ActionBar } from '../components/ActionBar.tsx';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { FlowDiagram } from '../components/FlowDiagram.tsx';
import { InstanceTimeline } from '../components/InstanceTimeline.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { ApprovalForm } from '../form/ApprovalForm.tsx';
import { AttachmentFilesProvider, instanceFiles } from '../form/attachment-files.tsx';

const actionNames: ActionName[] = ['resubmit', 'approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'removeSigner', 'withdraw', 'urge', 'comment'];

/** What the caller may do: the open task's actions, 撤回/催办 for the initiator, 评论 for everyone. */
function availableActions(instance: InstanceDetail, myId: string): ActionName[] {
  const set = new Set<string>(instance.myTask?.allowedActions ?? []);
  if (instance.initiator.id === myId && instance.status === 'running') { set.add('withdraw'); set.add('urge'); }
  // 退回发起人: the initiator corrects the form and submits again.
  if (instance.initiator.id === myId && instance.status === 'returned') set.add('resubmit');
  set.add('comment');
  return actionNames.filter((a) => set.has(a));
}

/** Only fields the approver's node may edit and that actually changed travel as a form patch. */
function formPatchOf(instance: InstanceDetail, edited: FormValues): FormValues | undefined {
  const patch: FormValues = {};
  for (const [key, access] of Object.entries(instance.fieldAccess)) {
    if (access === 'edit' && JSON.stringify(edited[key]) !== JSON.stringify(instance.form[key])) patch[key] = edited[key];
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** 审批详情: header, form, actions, flow diagram, history, CC and related documents. */
export default function InstancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const instance = useQuery({ queryKey: approvalKeys.instance(id), queryFn: () => getInstance(id), retry: false });
  const [dialog, setDialog] = useState<ActionName | null>(null);
  const [edited, setEdited] = useState<FormValues | null>(null);

  const act = useMutation({
    mutationFn: (body: ActionRequest) => actOnInstance(id, body),
    onSuccess: (detail) => {
      feedback.message?.success(t('approval.action.done'));
      queryClient.setQueryData(approvalKeys.instance(id), detail);
      void queryClient.invalidateQueries({ queryKey: approvalKeys.counts });
      for (const box of ['todo', 'done', 'initiated', 'cc']) void queryClient.invalidateQueries({ queryKey: listQueryKey(`approval.inbox.${box}`) });
      setDialog(null);
      setEdited(null);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        feedback.message?.warning(t('approval.action.conflict'));
        setDialog(null);
        void instance.refetch();
        return;
      }
      notifyError(error, t('common.requestFailed'));
    },
  });

  if (instance.isPending) return <Spin />;
  if (!instance.data) return <Result status="404" title={t('approval.instance.notFound')} data-testid="approval-not-found" />;
  const detail = instance.data;
  const resubmitting = detail.status === 'returned' && detail.initiator.id === me.user.id;
  const canEdit = (detail.myTask !== null || resubmitting) && Object.values(detail.fieldAccess).includes('edit');
  const values = edited ?? detail.form;
  const files = instanceFiles(detail);

  return (
    <AttachmentFilesProvider known={files}>
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="approval-instance">
      <Card styles={{ body: { padding: mobile ? 12 : 24 } }}>
        <Space wrap align="center" style={{ marginBottom: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="approval-title">{detail.title}</Typography.Title>
          <StatusTag status={detail.status} />
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'number', label: t('approval.inbox.number'), children: <span data-testid="approval-number">{detail.number}</span> },
            { key: 'initiator', label: t('approval.instance.initiator'), children: <span><UserOutlined /> {detail.initiator.displayName}{detail.initiator.departmentName ? ` · ${detail.initiator.departmentName}` : ''}</span> },
            { key: 'type', label: t('approval.inbox.requestType'), children: `${detail.requestType.name} v${detail.requestType.version}` },
            { key: 'createdAt', label: t('approval.instance.createdAt'), children: formatDateTime(detail.createdAt) },
            ...(detail.finishedAt ? [{ key: 'finishedAt', label: t('approval.instance.finishedAt'), children: formatDateTime(detail.finishedAt) }] : []),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('approval.instance.form')} styles={{ body: { padding: mobile ? 12 : 24 } }}>
              <ApprovalForm
                schema={detail.formSchema}
                values={values}
                access={detail.fieldAccess}
                onChange={canEdit ? setEdited : undefined}
              />
              <ActionBar
                actions={availableActions(detail, me.user.id)}
                onAction={setDialog}
              />
            </Card>
            <Card title={t('approval.instance.timeline')}><InstanceTimeline timeline={detail.timeline} files={files} /></Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('approval.instance.diagram')} size="small"><FlowDiagram diagram={detail.diagram} tasks={detail.tasks} /></Card>
            <Card title={t('approval.instance.cc')} size="small" data-testid="approval-cc">
              {detail.ccUsers.length > 0 ? detail.ccUsers.map((u) => <Tag key={u.id} icon={<UserOutlined />}>{u.displayName}</Tag>) : <Typography.Text type="secondary">{t('approval.instance.noCc')}</Typography.Text>}
            </Card>
            {detail.documentRef ? <DocumentChainPanel type={detail.documentRef.type} id={detail.documentRef.id} /> : null}
          </Space>
        </Col>
      </Row>
      {dialog ? (
        <ActionDialog
          action={dialog}
          instance={detail}
          busy={act.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={(body) => act.mutate(
            body.action === 'approve' ? { ...body, formPatch: edited ? formPatchOf(detail, edited) : undefined }
              : body.action === 'resubmit' ? { ...body, form: edited ?? detail.form } : body,
          )}
        />
      ) : null}
    </Space>
    </AttachmentFilesProvider>
  );
}
