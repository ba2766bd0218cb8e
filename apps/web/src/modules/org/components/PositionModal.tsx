import { Form, Input, InputNumber, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { createPositionRequest, updatePositionRequest, type OrgPosition } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { createPosition, updatePosition } from '../api.ts';

interface Props {
  open: boolean;
  position: OrgPosition | null;
  onClose: () => void;
  onSaved: () => void;
}

export function PositionModal({ open, position, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const create = useMutation({ mutationFn: createPosition, onSuccess: onSaved });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updatePosition>[1]) => updatePosition(position?.id ?? '', body),
    onSuccess: onSaved,
  });

  return (
    <Modal
      open={open}
      title={position ? t('org.position.edit') : t('org.position.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'drawer-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <SchemaForm
        key={position?.id ?? 'new'}
        schema={position ? updatePositionRequest : createPositionRequest}
        form={form}
        initialValues={position ? { name: position.name, code: position.code ?? '', sortOrder: position.sortOrder } : { sortOrder: 0 }}
        onSubmit={(data) => (position ? update.mutateAsync(data) : create.mutateAsync(data as Parameters<typeof createPosition>[0]))}
      >
        <SchemaField name="name" label={t('org.position.name')}><Input data-testid="position-name" /></SchemaField>
        <SchemaField name="code" label={t('org.position.code')}><Input data-testid="position-code" /></SchemaField>
        <SchemaField name="sortOrder" label={t('org.position.sortOrder')}><InputNumber min={0} style={{ width: '100%' }} /></SchemaField>
      </SchemaForm>
    </Modal>
  );
}
