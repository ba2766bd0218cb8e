import { Col, Divider, Drawer, Form, Input, Row, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { createUserRequest, updateUserRequest, type CreateUserResponse, type OrgUser } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/index.ts';
import { SchemaField, SchemaForm, DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createUser, updateUser } from '../api.ts';
import { usePositions, useRoles } from '../hooks/useOrgData.ts';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.tsx';
import { UserSelect } from './UserSelect.tsx';

interface Props {
  open: boolean;
  /** null = create a new user. */
  user: OrgUser | null;
  onClose: () => void;
  onSaved: (result: { created?: CreateUserResponse }) => void;
}

function initialValues(user: OrgUser | null): Record<string, unknown> {
  if (!user) return { locale: 'zh-CN', roleIds: [] };
  return {
    displayName: user.displayName,
    email: user.email ?? '',
    phone: user.phone ?? '',
    departmentId: user.departmentId,
    positionId: user.positionId,
    superiorId: user.superiorId,
    roleIds: user.roles.map((r) => r.id),
    monthlySalary: user.monthlySalary ?? '',
    locale: user.locale,
  };
}

export function UserDrawer({ open, user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const positions = usePositions(open);
  const roles = useRoles(open && can('org.role.read'));
  const canSalary = can('org.user.viewSalary');
  const editing = user !== null;

  const create = useMutation({ mutationFn: createUser, onSuccess: (created) => onSaved({ created }) });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateUser>[1]) => updateUser(user?.id ?? '', body),
    onSuccess: () => onSaved({}),
  });
  const saving = create.isPending || update.isPending;
  const half = mobile ? 24 : 12;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('org.user.edit') : t('org.user.create')}
      size={mobile ? '100%' : 640}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={saving} />}
    >
      <SchemaForm
        key={user?.id ?? 'new'}
        schema={editing ? updateUserRequest : createUserRequest}
        form={form}
        initialValues={initialValues(user)}
        onSubmit={(data) => (editing ? update.mutateAsync(data) : create.mutateAsync(data as Parameters<typeof createUser>[0]))}
        data-testid="user-form"
      >
        <Divider titlePlacement="start" plain>{t('org.user.basic')}</Divider>
        <Row gutter={16}>
          <Col span={half}>
            {editing ? (
              <Form.Item label={t('org.user.username')}><Input value={user.username} disabled /></Form.Item>
            ) : (
              <SchemaField name="username" label={t('org.user.username')} extra={t('org.user.usernameHelp')}><Input autoComplete="off" data-testid="user-username" /></SchemaField>
            )}
          </Col>
          <Col span={half}>
            <SchemaField name="displayName" label={t('org.user.displayName')}><Input data-testid="user-displayName" /></SchemaField>
          </Col>
          {editing ? null : (
            <Col span={half}>
              <SchemaField name="password" label={t('org.user.password')} extra={t('org.user.passwordHelp')}>
                <Input.Password autoComplete="new-password" data-testid="user-password" />
              </SchemaField>
            </Col>
          )}
          <Col span={half}>
            <SchemaField name="email" label={t('org.user.email')}><Input type="email" data-testid="user-email" /></SchemaField>
          </Col>
          <Col span={half}>
            <SchemaField name="phone" label={t('org.user.phone')}><Input data-testid="user-phone" /></SchemaField>
          </Col>
          <Col span={half}>
            <SchemaField name="locale" label={t('org.user.locale')}>
              <Select options={[{ value: 'zh-CN', label: '简体中文' }, { value: 'en-US', label: 'English' }]} />
            </SchemaField>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>{t('org.user.organization')}</Divider>
        <Row gutter={16}>
          <Col span={half}>
            <SchemaField name="departmentId" label={t('org.user.department')}><DepartmentTreeSelect testId="user-department" /></SchemaField>
          </Col>
          <Col span={half}>
            <SchemaField name="positionId" label={t('org.user.position')}>
              <Select allowClear loading={positions.isPending} options={(positions.data ?? []).map((p) => ({ value: p.id, label: p.name }))} data-testid="user-position" />
            </SchemaField>
          </Col>
          <Col span={half}>
            <SchemaField name="superiorId" label={t('org.user.superior')}>
              <UserSelect initialLabel={user?.superiorName} excludeId={user?.id} testId="user-superior" />
            </SchemaField>
          </Col>
          <Col span={half}>
            <SchemaField name="roleIds" label={t('org.user.roles')}>
              <Select
                mode="multiple"
                allowClear
                loading={roles.isPending && roles.fetchStatus !== 'idle'}
                options={(roles.data ?? user?.roles ?? []).map((r) => ({ value: r.id, label: r.name }))}
                data-testid="user-roles"
              />
            </SchemaField>
          </Col>
          {canSalary ? (
            <Col span={half}>
              <SchemaField name="monthlySalary" label={t('org.user.monthlySalary')}>
                <Input inputMode="decimal" prefix="¥" data-testid="user-salary" />
              </SchemaField>
            </Col>
          ) : null}
        </Row>
      </SchemaForm>
    </Drawer>
  );
}
