import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbidden')}
      extra={<Link to="/"><Button type="primary">{t('errors.backHome')}</Button></Link>}
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFound')}
      extra={<Link to="/"><Button type="primary">{t('errors.backHome')}</Button></Link>}
    />
  );
}

/** A render error or a chunk that failed to load (e.g. after a redeploy): offer a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.crashed')}
      extra={<Button type="primary" onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
    />
  );
}
