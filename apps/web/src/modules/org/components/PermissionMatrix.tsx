import { Card, Checkbox, Col, Row, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPermissionMatrix, orgKeys } from '../api.ts';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
}

type Localized = { 'zh-CN': string; 'en-US': string };

/** The role editor's grouped checkbox matrix, from the server's permission registry. */
export function PermissionMatrix({ value = [], onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const matrix = useQuery({ queryKey: orgKeys.permissions, queryFn: getPermissionMatrix, staleTime: 10 * 60_000 });
  const pick = (label: Localized | null, fallback: string) => (label ? (i18n.language === 'en-US' ? label['en-US'] : label['zh-CN']) : fallback);
  const all = value.includes('*');
  const selected = new Set(value);
  const set = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    onChange?.([...next]);
  };

  if (matrix.isPending) return <Spin />;
  return (
    <div data-testid="permission-matrix">
      <Checkbox checked={all} disabled={disabled} onChange={(e) => set(['*'], e.target.checked)} style={{ marginBottom: 12 }} data-testid="permission-all">
        <Typography.Text strong>{t('org.role.allPermissions')}</Typography.Text>
      </Checkbox>
      {(matrix.data?.groups ?? []).map((group) => {
        const keys = group.permissions.map((p) => p.key);
        const count = keys.filter((k) => selected.has(k)).length;
        return (
          <Card
            key={group.group}
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <Checkbox
                checked={all || count === keys.length}
                indeterminate={!all && count > 0 && count < keys.length}
                disabled={disabled || all}
                onChange={(e) => set(keys, e.target.checked)}
              >
                {pick(group.label, group.group)}
              </Checkbox>
            }
          >
            <Row gutter={[8, 8]}>
              {group.permissions.map((p) => (
                <Col key={p.key} xs={24} sm={12} lg={8}>
                  <Checkbox
                    checked={all || selected.has(p.key)}
                    disabled={disabled || all}
                    onChange={(e) => set([p.key], e.target.checked)}
                    data-testid={`permission-${p.key}`}
                  >
                    {pick(p.label, p.key)}
                    {p.sensitive ? <Tag color="orange" style={{ marginLeft: 6 }}>{t('org.role.sensitive')}</Tag> : null}
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </Card>
        );
      })}
    </div>
  );
}
