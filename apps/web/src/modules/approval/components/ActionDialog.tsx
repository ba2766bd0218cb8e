import { useState } from 'react';
import { Form, Input, Modal, Radio, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionName, ActionRequest, InstanceDetail } from '../api.ts';
import { FileUpload } from '../../../shared/files/index.ts';
import { useAttachmentFiles } from '../form/attachment-files.tsx';
import { UserPicker } from './UserPicker.tsx';

interface Props {
  action: ActionName;
  instance: InstanceDetail;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (body: ActionRequest) => void;
}

/** One dialog per action: an opinion plus what the action needs (target, people, signer to drop). */
export function ActionDialog({ action, instance, busy, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [target, setTarget] = useState<string>('initiator');
  const [users, setUsers] = useState<string[]>([]);
  const [position, setPosition] = useState<'before' | 'after'>('before');
  const [removeTaskId, setRemoveTaskId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [attachments, setAttachments] = useState<string[]>([]);
  const { files, remember } = useAttachmentFiles();
  const myTask = instance.myTask;
  const earlier = instance.diagram.nodes.filter((n) => n.state === 'done' && n.kind === 'approver');
  const removable = instance.tasks.filter((task) => task.nodeId === myTask?.nodeId && task.status === 'pending' && task.id !== myTask.id);

  const confirm = () => {
    const body: ActionRequest = { action, taskId: myTask?.id, comment: comment.trim() || undefined, attachments: attachments.length > 0 ? attachments : undefined };
    if (action === 'comment' && !body.comment) return setError(t('approval.action.commentRequired'));
    if (action === 'return' && target !== 'initiator') body.targetNodeId = target;
    if (action === 'transfer' || action === 'delegate') {
      if (users.length === 0) return setError(t('approval.action.pickUserRequired'));
      body.toUserId = users[0];
    }
    if (action === 'addSigner') {
      if (users.length === 0) return setError(t('approval.action.pickUserRequired'));
      body.userIds = users;
      body.position = position;
    }
    if (action === 'removeSigner') {
      if (!removeTaskId) return setError(t('approval.action.pickUserRequired'));
      body.removeTaskId = removeTaskId;
    }
    if (action === 'withdraw' || action === 'urge' || action === 'comment' || action === 'resubmit') delete body.taskId;
    onConfirm(body);
  };

  return (
    <Modal
      open
      title={t(`approval.action.${action}`)}
      okText={t('approval.action.confirm')}
      okButtonProps={{ danger: action === 'reject' || action === 'withdraw', 'data-testid': 'approval-action-confirm' } as ButtonProps}
      confirmLoading={busy}
      onOk={confirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        {action === 'return' ? (
          <Form.Item label={t('approval.action.returnTarget')}>
            <Select value={target} onChange={setTarget} data-testid="approval-return-target"
              options={[{ value: 'initiator', label: t('approval.action.toInitiator') }, ...earlier.map((n) => ({ value: n.id, label: n.name }))]} />
          </Form.Item>
        ) : null}
        {action === 'transfer' || action === 'delegate' ? (
          <Form.Item label={t('approval.action.toUser')} required>
            <UserPicker value={users} onChange={(v) => { setUsers(v); setError(null); }} testId="approval-action-user" />
          </Form.Item>
        ) : null}
        {action === 'addSigner' ? (
          <>
            <Form.Item label={t('approval.action.users')} required>
              <UserPicker value={users} multiple onChange={(v) => { setUsers(v); setError(null); }} testId="approval-action-users" />
            </Form.Item>
            <Form.Item label={t('approval.action.position')}>
              <Radio.Group value={position} onChange={(e) => setPosition(e.target.value as 'before' | 'after')}
                options={[{ value: 'before', label: t('approval.action.before') }, { value: 'after', label: t('approval.action.after') }]} />
            </Form.Item>
          </>
        ) : null}
        {action === 'removeSigner' ? (
          <Form.Item label={t('approval.action.removeTask')} required>
            <Select value={removeTaskId} onChange={(v: string) => { setRemoveTaskId(v); setError(null); }} data-testid="approval-remove-task"
              options={removable.map((task) => ({ value: task.id, label: task.assignee.displayName }))} />
          </Form.Item>
        ) : null}
        <Form.Item label={t('approval.action.commentLabel')} required={action === 'comment'} validateStatus={error ? 'error' : undefined} help={error}>
          <Input.TextArea value={comment} onChange={(e) => { setComment(e.target.value); setError(null); }} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000}
            placeholder={t('approval.action.commentPlaceholder')} data-testid="approval-action-opinion" />
        </Form.Item>
        <Form.Item label={t('approval.action.attachments')}>
          {/* The server accepts at most 20 attachments per action. */}
          <FileUpload value={attachments} onChange={setAttachments} files={files} onUploaded={remember} maxFiles={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
