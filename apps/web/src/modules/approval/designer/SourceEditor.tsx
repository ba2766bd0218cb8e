import { Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApproverSource, ApproverSourceKind, FormField } from '@triad/contracts';
import { DepartmentTreeSelect } from '../../org/index.ts';
import { UserPicker } from '../components/UserPicker.tsx';
import { RoleCodeInput } from './RoleCodeInput.tsx';

const kinds: ApproverSourceKind[] = ['users', 'role', 'initiatorDepartmentHead', 'superiors', 'departmentHead', 'initiatorChoice', 'formField'];

export function defaultSource(kind: ApproverSourceKind): ApproverSource {
  switch (kind) {
    case 'users': return { kind, userIds: [] };
    case 'role': return { kind, roleCode: '' };
    case 'initiatorDepartmentHead': return { kind, level: 1 };
    case 'superiors': return { kind, levels: 2 };
    case 'departmentHead': return { kind, departmentId: '' };
    case 'initiatorChoice': return { kind, multiple: false };
    case 'formField': return { kind, fieldKey: '' };
  }
}

interface Props {
  value: ApproverSource;
  onChange: (source: ApproverSource) => void;
  fields: FormField[];
  testId: string;
}

/** Who approves: the seven DingTalk approver sources, each with its own few settings. */
export function SourceEditor({ value, onChange, fields, testId }: Props) {
  const { t } = useTranslation();
  const userFields = fields.filter((f) => f.type === 'user').map((f) => ({ value: f.key, label: f.label }));
  return (
    <>
      <Form.Item label={t('approval.node.source')}>
        <Select value={value.kind} onChange={(kind: ApproverSourceKind) => onChange(defaultSource(kind))} data-testid={`${testId}-kind`}
          options={kinds.map((k) => ({ value: k, label: t(`approval.node.sourceKind.${k}`) }))} />
      </Form.Item>
      {value.kind === 'users' ? (
        <Form.Item label={t('approval.node.users')}>
          <UserPicker multiple value={value.userIds} onChange={(userIds) => onChange({ ...value, userIds })} testId={`${testId}-users`} />
        </Form.Item>
      ) : null}
      {value.kind === 'role' ? (
        <Form.Item label={t('approval.node.role')}>
          <RoleCodeInput value={value.roleCode} onChange={(roleCode) => onChange({ ...value, roleCode })} testId={`${testId}-role`} />
        </Form.Item>
      ) : null}
      {value.kind === 'initiatorDepartmentHead' ? (
        <Form.Item label={t('approval.node.level')}>
          <InputNumber min={1} max={20} value={value.level} onChange={(level) => onChange({ ...value, level: level ?? 1 })} />
        </Form.Item>
      ) : null}
      {value.kind === 'superiors' ? (
        <>
          <Form.Item label={t('approval.node.levels')}>
            <InputNumber min={1} max={20} value={value.levels} onChange={(levels) => onChange({ ...value, levels: levels ?? undefined })} />
          </Form.Item>
          <Form.Item label={t('approval.node.untilRole')}>
            <RoleCodeInput value={value.untilRoleCode ?? ''} onChange={(code) => onChange({ ...value, untilRoleCode: code || undefined })} />
          </Form.Item>
        </>
      ) : null}
      {value.kind === 'departmentHead' ? (
        <Form.Item label={t('approval.node.department')}>
          <DepartmentTreeSelect value={value.departmentId || null} onChange={(d) => onChange({ ...value, departmentId: typeof d === 'string' ? d : '' })} testId={`${testId}-department`} />
        </Form.Item>
      ) : null}
      {value.kind === 'initiatorChoice' ? (
        <>
          <Form.Item label={t('approval.node.multiple')}>
            <Switch checked={value.multiple} onChange={(multiple) => onChange({ ...value, multiple })} />
          </Form.Item>
          <Form.Item label={t('approval.node.candidates')}>
            <UserPicker multiple value={value.candidateUserIds ?? []} onChange={(ids) => onChange({ ...value, candidateUserIds: ids.length > 0 ? ids : undefined })} />
          </Form.Item>
        </>
      ) : null}
      {value.kind === 'formField' ? (
        <Form.Item label={t('approval.node.fieldKey')}>
          <Select value={value.fieldKey || undefined} options={userFields} onChange={(fieldKey: string) => onChange({ ...value, fieldKey })} />
        </Form.Item>
      ) : null}
    </>
  );
}
