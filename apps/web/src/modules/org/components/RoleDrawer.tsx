import { Alert, Col, Drawer, Form, Input, Row } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { createRoleRequest, updateRoleRequest, type OrgRole } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField, SchemaForm, DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createRole, updateRole } from '../api.ts';
import { DataScopeFields } from './DataScopeFields.tsx';
import { PermissionMatrix } from './PermissionMatrix.tsx';

interface Props {
  open: boolean;
  role: OrgRole | null;
  onClose: () => void;
  onSaved: () => void;
}

export function RoleDrawer({ open, role, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const create = useMutation({ mutationFn: createRole, onSuccess: onSaved });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateRole>[1]) => updateRole(role?.id ?? '', body),
    onSuccess: onSaved,
  });
  const locked = role?.isSystem === true;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={role ? t('org.role.edit') : t('org.role.create')}
      size={mobile ? '100%' : 760}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={create.isPending || update.isPending} />}
    >
      {locked ? <Alert type="info" showIcon title={t('org.role.systemHint')} style={{ marginBottom: 16 }} /> : null}
      <SchemaForm
        key={role?.id ?? 'new'}
        schema={role ? updateRoleRequest : createRoleRequest}
        form={form}
        initialValues={role
          ? { code: role.code, name: role.name, description: role.description ?? '', dataScope: role.dataScope, dataScopeDepartmentIds: role.dataScopeDepartmentIds, permissions: role.permissions }
          : { dataScope: 'self', dataScopeDepartmentIds: [], permissions: [] }}
        // A built-in role keeps its code, permissions and scope: send only what may change.
        prepare={(values) => (locked ? { name: values.name, description: values.description } : values)}
        onSubmit={(data) => (role ? update.mutateAsync(data) : create.mutateAsync(data as Parameters<typeof createRole>[0]))}
        data-testid="role-form"
      >
        <Row gutter={16}>
          <Col span={mobile ? 24 : 12}>
            <SchemaField name="code" label={t('org.role.code')}><Input disabled={locked} data-testid="role-code" /></SchemaField>
          </Col>
          <Col span={mobile ? 24 : 12}>
            <SchemaField name="name" label={t('org.role.name')}><Input data-testid="role-name" /></SchemaField>
          </Col>
        </Row>
        <SchemaField name="description" label={t('org.role.description')}><Input.TextArea rows={2} /></SchemaField>
        <DataScopeFields disabled={locked} />
        <SchemaField name="permissions" label={t('org.role.permissions')}>
          <PermissionMatrix disabled={locked} />
        </SchemaField>
      </SchemaForm>
    </Drawer>
  );
}
