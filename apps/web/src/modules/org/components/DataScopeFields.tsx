import { Form, Select } from 'antd';
import type { DataScope } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField } from '../../../shared/form/index.ts';
import { DepartmentTreeSelect } from './DepartmentTreeSelect.tsx';

export const dataScopes: DataScope[] = ['self', 'department', 'departmentTree', 'all', 'custom'];

/** 数据权限 of a role: a scope, plus the chosen departments when the scope is `custom`. */
export function DataScopeFields({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const scope: unknown = Form.useWatch('dataScope', form);
  return (
    <>
      <SchemaField name="dataScope" label={t('org.role.dataScope')}>
        <Select disabled={disabled} options={dataScopes.map((s) => ({ value: s, label: t(`org.dataScope.${s}`) }))} data-testid="role-data-scope" />
      </SchemaField>
      {scope === 'custom' ? (
        <SchemaField name="dataScopeDepartmentIds" label={t('org.role.customDepartments')}>
          <DepartmentTreeSelect multiple testId="role-data-scope-departments" />
        </SchemaField>
      ) : null}
    </>
  );
}
