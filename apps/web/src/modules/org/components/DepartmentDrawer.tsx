import { Drawer, Form, Input, InputNumber } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { createDepartmentRequest, updateDepartmentRequest, type OrgDepartment } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField, SchemaForm, DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createDepartment, updateDepartment } from '../api.ts';
import { descendantIds, useDepartments } from '../hooks/useOrgData.ts';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.tsx';
import { UserSelect } from './UserSelect.tsx';

export interface DepartmentDrawerState {
  open: boolean;
  /** The department being edited; null = create. */
  department: OrgDepartment | null;
  /** Pre-selected parent for "添加下级". */
  parentId: string | null;
}

interface Props {
  state: DepartmentDrawerState;
  onClose: () => void;
  onSaved: () => void;
}

export function DepartmentDrawer({ state, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const departments = useDepartments();
  const { department } = state;
  const create = useMutation({ mutationFn: createDepartment, onSuccess: onSaved });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateDepartment>[1]) => updateDepartment(department?.id ?? '', body),
    onSuccess: onSaved,
  });
  // A department cannot become a child of itself or of its own sub-departments.
  const excluded = department ? descendantIds(departments.items, department.id) : new Set<string>();

  return (
    <Drawer
      open={state.open}
      onClose={onClose}
      title={department ? t('org.department.edit') : t('org.department.create')}
      size={mobile ? '100%' : 480}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={create.isPending || update.isPending} />}
    >
      <SchemaForm
        key={department?.id ?? `new:${state.parentId ?? ''}`}
        schema={department ? updateDepartmentRequest : createDepartmentRequest}
        form={form}
        initialValues={department
          ? { name: department.name, code: department.code ?? '', parentId: department.parentId, headUserId: department.headUserId, sortOrder: department.sortOrder }
          : { parentId: state.parentId, sortOrder: 0 }}
        onSubmit={(data) => (department ? update.mutateAsync(data) : create.mutateAsync(data as Parameters<typeof createDepartment>[0]))}
        data-testid="department-form"
      >
        <SchemaField name="name" label={t('org.department.name')}><Input data-testid="department-name" /></SchemaField>
        <SchemaField name="code" label={t('org.department.code')}><Input data-testid="department-code" /></SchemaField>
        <SchemaField name="parentId" label={t('org.department.parent')}>
          <DepartmentTreeSelect excluded={excluded} placeholder={t('org.department.root')} testId="department-parent" />
        </SchemaField>
        <SchemaField name="headUserId" label={t('org.department.head')}>
          <UserSelect initialLabel={department?.headName} testId="department-head" />
        </SchemaField>
        <SchemaField name="sortOrder" label={t('org.department.sortOrder')}><InputNumber min={0} style={{ width: '100%' }} /></SchemaField>
      </SchemaForm>
    </Drawer>
  );
}
