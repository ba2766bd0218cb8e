import { Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { AuditOutlined, CarOutlined, FileTextOutlined, MoneyCollectOutlined, ShoppingCartOutlined, ShoppingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { approvalKeys, listRequestTypes, requestTypeCategories, type RequestTypeCategory } from '../api.ts';

const icons: Record<RequestTypeCategory, typeof AuditOutlined> = {
  leave: CarOutlined, expense: MoneyCollectOutlined, purchase: ShoppingCartOutlined, supplies: ShoppingOutlined, general: FileTextOutlined, custom: AuditOutlined, document: AuditOutlined,
};
const colors: Record<RequestTypeCategory, string> = {
  leave: '#1677ff', expense: '#fa8c16', purchase: '#13c2c2', supplies: '#722ed1', general: '#52c41a', custom: '#8c8c8c', document: '#2f54eb',
};

/** 发起审批: the request types the caller may submit, grouped like DingTalk's 工作台. */
export default function StartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const types = useQuery({ queryKey: approvalKeys.requestTypes, queryFn: listRequestTypes });
  const usable = (types.data ?? []).filter((rt) => rt.enabled && rt.publishedVersion !== null);

  return (
    <Card title={t('approval.start.title')} data-testid="approval-start-page">
      {types.isPending ? <Spin /> : null}
      {!types.isPending && usable.length === 0 ? <Empty description={t('approval.start.empty')} /> : null}
      {requestTypeCategories.map((category) => {
        const inCategory = usable.filter((rt) => rt.category === category);
        if (inCategory.length === 0) return null;
        const Icon = icons[category];
        return (
          <section key={category} style={{ marginBottom: 20 }} data-testid={`approval-category-${category}`}>
            <Typography.Title level={5}>{t(`approval.category.${category}`)}</Typography.Title>
            <Row gutter={[12, 12]}>
              {inCategory.map((rt) => (
                <Col key={rt.id} xs={12} sm={8} md={6} xl={4}>
                  <Card hoverable size="small" onClick={() => void navigate(`/approval/new/${rt.id}`)} data-testid={`approval-type-${rt.code}`}>
                    <div style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
                      <span style={{ background: colors[category], color: '#fff', borderRadius: 8, width: 36, height: 36, display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontSize: 18, flex: 'none' }}>
                        <Icon />
                      </span>
                      <Typography.Text strong ellipsis>{rt.name}</Typography.Text>
                    </div>
                    {rt.description ? <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: '6px 0 0', fontSize: 12 }}>{rt.description}</Typography.Paragraph> : null}
                  </Card>
                </Col>
              ))}
            </Row>
          </section>
        );
      })}
    </Card>
  );
}
