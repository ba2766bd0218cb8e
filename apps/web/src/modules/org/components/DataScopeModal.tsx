import { Form, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { updateRoleRequest, type OrgRole } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaForm } from '../../../shared/form/index.ts';
import { updateRole } from '../api.ts';
import { DataScopeFields } from './DataScopeFields.tsx';

interface Props {
  role: OrgRole | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Changes only a role's data scope (its permissions are edited under 角色权限). */
export function DataScopeModal({ role, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateRole>[1]) => updateRole(role?.id ?? '', body),
    onSuccess: onSaved,
  });

  return (
    <Modal
      open={role !== null}
      title={`${t('org.dataScope.edit')} · ${role?.name ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'drawer-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('org.dataScope.intro')}</Typography.Paragraph>
      <SchemaForm
        key={role?.id ?? 'none'}
        schema={updateRoleRequest}
        form={form}
        initialValues={{ dataScope: role?.dataScope ?? 'self', dataScopeDepartmentIds: role?.dataScopeDepartmentIds ?? [] }}
        prepare={(values) => ({ ...values, dataScopeDepartmentIds: values.dataScope === 'custom' ? values.dataScopeDepartmentIds ?? [] : [] })}
        onSubmit={(data) => save.mutateAsync(data)}
      >
        <DataScopeFields disabled={role?.isSystem} />
      </SchemaForm>
    </Modal>
  );
}
