import { Button, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../form/form-values.ts';
import { conditionOperators, isConditionLeaf, type ConditionExpr, type ConditionLeaf, type ConditionOperator, type FormField } from '@triad/contracts';

interface Props {
  value: ConditionExpr | undefined;
  onChange: (expr: ConditionExpr) => void;
  fields: FormField[];
}

const listOps: ConditionOperator[] = ['in', 'notIn', 'between'];

/** The condition of a branch as one all/any group of "field operator value" rows. */
export function ConditionEditor({ value, onChange, fields }: Props) {
  const { t, i18n } = useTranslation();
  const combinator: 'all' | 'any' = value && !isConditionLeaf(value) && 'any' in value ? 'any' : 'all';
  const leaves: ConditionLeaf[] = !value ? [] : isConditionLeaf(value) ? [value]
    : ('all' in value ? value.all : value.any).filter((e): e is ConditionLeaf => isConditionLeaf(e));
  const emit = (next: ConditionLeaf[], mode = combinator) => onChange(mode === 'all' ? { all: next } : { any: next });
  const subjects = [
    ...fields.filter((f) => f.type !== 'detail' && f.type !== 'attachment').map((f) => ({ value: f.key, label: fieldLabel(f, i18n.language) })),
    { value: 'initiator.userId', label: t('approval.condition.initiatorUser') },
    { value: 'initiator.departmentId', label: t('approval.condition.initiatorDept') },
    { value: 'initiator.roleCodes', label: t('approval.condition.initiatorRole') },
  ];
  const setLeaf = (index: number, patch: Partial<ConditionLeaf>) => emit(leaves.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const valueText = (leaf: ConditionLeaf) => (Array.isArray(leaf.value) ? leaf.value.join(',') : leaf.value);
  const parseValue = (op: ConditionOperator, text: string) =>
    listOps.includes(op) ? text.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : text;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="approval-condition-editor">
      <Space wrap>
        <span>{t('approval.condition.match')}</span>
        <Select value={combinator} style={{ width: 140 }} onChange={(mode: 'all' | 'any') => emit(leaves, mode)} data-testid="approval-condition-mode"
          options={[{ value: 'all', label: t('approval.condition.all') }, { value: 'any', label: t('approval.condition.any') }]} />
      </Space>
      {leaves.map((leaf, index) => (
        <Space key={index} wrap style={{ width: '100%', boxSizing: 'border-box', background: '#fafafa', padding: 8, borderRadius: 6 }} data-testid="approval-condition-row">
          <Select value={leaf.field || undefined} placeholder={t('approval.condition.field')} style={{ width: 150 }} options={subjects}
            onChange={(field: string) => setLeaf(index, { field })} data-testid="approval-condition-field" />
          <Select value={leaf.op} style={{ width: 110 }} onChange={(op: ConditionOperator) => setLeaf(index, { op, value: parseValue(op, valueText(leaf)) })}
            options={conditionOperators.map((op) => ({ value: op, label: t(`approval.condition.ops.${op}`) }))} data-testid="approval-condition-op" />
          <Input value={valueText(leaf)} placeholder={t('approval.condition.value')} style={{ width: 150 }}
            onChange={(e) => setLeaf(index, { value: parseValue(leaf.op, e.target.value) })} data-testid="approval-condition-value" />
          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => emit(leaves.filter((_l, i) => i !== index))} aria-label={t('common.delete')} />
        </Space>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('approval.condition.valueHelp')}</Typography.Text>
      <Button icon={<PlusOutlined />} onClick={() => emit([...leaves, { field: '', op: 'eq', value: '' }])} data-testid="approval-condition-add">
        {t('approval.condition.add')}
      </Button>
    </Space>
  );
}
