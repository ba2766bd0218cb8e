import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Form, Result, Row, Space, Spin } from 'antd';
import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { FormValues } from '@triad/contracts';
import { feedback, notifyError } from '../../../app/api/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { approvalKeys, getRequestType, previewRoute, submitInstance } from '../api.ts';
import { RouteSteps } from '../components/RouteSteps.tsx';
import { UserPicker } from '../components/UserPicker.tsx';
import { useDebounced } from '../components/useDebounced.ts';
import { initiatorChoiceNodes } from '../designer/tree-ops.ts';
import { ApprovalForm } from '../form/ApprovalForm.tsx';
import { AttachmentFilesProvider } from '../form/attachment-files.tsx';
import { fieldLabel, missingRequired, withComputed, withInitialRows } from '../form/form-values.ts';

/** 填写审批单: the published form of a request type, the initiator's approver picks and a live route preview. */
export default function SubmitPage() {
  const { requestTypeId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const type = useQuery({ queryKey: approvalKeys.requestType(requestTypeId), queryFn: () => getRequestType(requestTypeId) });
  const published = type.data?.published ?? null;
  const [values, setValues] = useState<FormValues>({});
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [attempted, setAttempted] = useState(false);
  const choiceNodes = useMemo(() => (published ? initiatorChoiceNodes(published.definition.nodes) : []), [published]);
  const form = useMemo(() => (published ? withComputed(published.formSchema.fields, withInitialRows(published.formSchema.fields, values)) : values), [published, values]);
  const formKey = useDebounced(JSON.stringify(form), 600);
  const preview = useQuery({
    queryKey: approvalKeys.preview(requestTypeId, formKey),
    queryFn: () => previewRoute(requestTypeId, JSON.parse(formKey) as FormValues),
    enabled: published !== null,
    placeholderData: (previous) => previous,
    retry: false,
  });

  const submit = useMutation({
    mutationFn: () => submitInstance({ requestTypeId, form, chosenApprovers: Object.keys(chosen).length > 0 ? chosen : undefined }),
    onSuccess: (instance) => {
      feedback.message?.success(t('approval.start.submitted'));
      void queryClient.invalidateQueries({ queryKey: approvalKeys.all });
      void navigate(`/approval/instances/${instance.id}`, { replace: true });
    },
    onError: (error) => notifyError(error, t('common.requestFailed')),
  });

  if (type.isPending) return <Spin />;
  if (!published) return <Result status="info" title={t('approval.start.notPublished')} extra={<Button onClick={() => void navigate('/approval/new')}>{t('approval.start.back')}</Button>} />;

  const onSubmit = () => {
    const lacking = missingRequired(published.formSchema.fields, form);
    setAttempted(true);
    if (lacking.length > 0) {
      const names = published.formSchema.fields.filter((f) => lacking.includes(f.key)).map((f) => fieldLabel(f, i18n.language));
      feedback.message?.error(t('approval.start.required', { fields: names.join('、') }));
      return;
    }
    const unchosen = choiceNodes.find((node) => (chosen[node.id] ?? []).length === 0);
    if (unchosen) {
      feedback.message?.error(t('approval.start.chooseApproverMissing', { node: unchosen.name }));
      return;
    }
    submit.mutate();
  };

  return (
    <AttachmentFilesProvider>
    <Row gutter={[16, 16]} data-testid="approval-submit-page">
      <Col xs={24} lg={15}>
        <Card
          title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/approval/new')} aria-label={t('approval.start.back')} />{type.data?.name}</Space>}
          styles={{ body: { padding: mobile ? 12 : 24 } }}
        >
          <ApprovalForm schema={published.formSchema} values={form} onChange={setValues} editable missing={attempted ? missingRequired(published.formSchema.fields, form) : []} />
          {choiceNodes.length > 0 ? (
            <Form layout="vertical" component="div" data-testid="approval-chosen-approvers">
              {choiceNodes.map((node) => (
                <Form.Item key={node.id} label={t('approval.start.chooseApproverFor', { node: node.name })} required>
                  <UserPicker
                    value={chosen[node.id] ?? []}
                    multiple={node.source.kind === 'initiatorChoice' && node.source.multiple}
                    candidateIds={node.source.kind === 'initiatorChoice' ? node.source.candidateUserIds : undefined}
                    onChange={(ids) => setChosen((prev) => ({ ...prev, [node.id]: ids }))}
                    testId={`approval-choose-${node.id}`}
                  />
                </Form.Item>
              ))}
            </Form>
          ) : null}
          <Button type="primary" size="large" block={mobile} icon={<SendOutlined />} loading={submit.isPending} onClick={onSubmit} data-testid="approval-submit">
            {t('approval.start.submit')}
          </Button>
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <Card title={t('approval.start.preview')} size="small" data-testid="approval-preview">
          {preview.isError ? <Alert type="warning" showIcon title={t('approval.start.previewFailed')} style={{ marginBottom: 12 }} /> : null}
          {preview.data ? <RouteSteps nodes={preview.data.nodes} /> : preview.isFetching ? <Spin /> : null}
        </Card>
      </Col>
    </Row>
    </AttachmentFilesProvider>
  );
}
