import { Alert, Card, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { ChainEdge, ChainNode } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentChain } from './chain.api.ts';
import { documentRoute } from './document-routes.ts';
import { orderChain } from './chain-order.ts';

interface Props {
  type: string;
  id: string;
  /** Render without the card frame (inside a drawer or tab). */
  bare?: boolean;
}

function relationOf(node: ChainNode, edges: ChainEdge[]): string | null {
  const edge = edges.find((e) => (e.fromType === node.type && e.fromId === node.id) || (e.toType === node.type && e.toId === node.id));
  return edge?.relation ?? null;
}

/** 单据联查: the whole chain of a document, each number linking to its page. */
export function DocumentChainPanel({ type, id, bare }: Props) {
  const { t } = useTranslation();
  const chain = useDocumentChain(type, id);
  const colors = { upstream: 'gray', root: 'blue', downstream: 'green' } as const;
  const labels = { upstream: t('chain.upstream'), root: t('chain.current'), downstream: t('chain.downstream') };

  let content;
  if (chain.isPending) content = <Spin />;
  else if (!chain.data) content = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  else {
    const nodes = chain.data.nodes.some((n) => n.direction === 'root')
      ? chain.data.nodes
      : [...chain.data.nodes, { ...chain.data.root, direction: 'root' as const, depth: 0, route: null, restricted: false }];
    const ordered = orderChain(nodes);
    content = ordered.length <= 1 ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chain.empty')} />
    ) : (
      <Timeline
        items={ordered.map((node) => {
          // The web registry knows this build's routes; the server's hint covers types it lacks.
          const route = node.direction === 'root' || node.restricted ? null : documentRoute(node.type, node.id) ?? node.route;
          const number = node.restricted ? <LockOutlined /> : node.number ?? node.id.slice(0, 8);
          const relation = relationOf(node, chain.data.edges);
          return {
            key: `${node.type}:${node.id}`,
            color: colors[node.direction],
            content: (
              <div data-testid="chain-node">
                <Tag>{labels[node.direction]}</Tag>
                <Typography.Text type="secondary">{t(`documentTypes.${node.type}`, { defaultValue: node.type })}</Typography.Text>{' '}
                {route ? <Link to={route}>{number}</Link> : <Typography.Text strong={node.direction === 'root'}>{number}</Typography.Text>}
                {relation && node.direction !== 'root' ? (
                  <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{t('chain.relation', { relation: t(`chain.relations.${relation}`, { defaultValue: relation }) })}</Typography.Text>
                ) : null}
              </div>
            ),
          };
        })}
      />
    );
    if (chain.data.truncated) content = <>{content}<Alert type="info" showIcon title={t('chain.truncated')} /></>;
  }

  if (bare) return <div data-testid="document-chain">{content}</div>;
  return <Card title={t('chain.title')} size="small" data-testid="document-chain">{content}</Card>;
}
