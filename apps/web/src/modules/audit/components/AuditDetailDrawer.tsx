import { Descriptions, Drawer } from 'antd';
import type { AuditEntry } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { DiffView } from './DiffView.tsx';

export function AuditDetailDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  return (
    <Drawer open={entry !== null} onClose={onClose} title={t('audit.detail')} size={mobile ? '100%' : 720} destroyOnHidden>
      {entry ? (
        <>
          <Descriptions column={mobile ? 1 : 2} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('audit.at')}>{formatDateTime(entry.at)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.user')}>{entry.userName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entity')}>{t(`audit.entities.${entry.entity}`, { defaultValue: entry.entity })}</Descriptions.Item>
            <Descriptions.Item label={t('audit.action')}>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</Descriptions.Item>
            <Descriptions.Item label={t('audit.entityId')} span={mobile ? 1 : 2}>{entry.entityId}</Descriptions.Item>
            <Descriptions.Item label={t('audit.ip')}>{entry.ip ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.requestId')}>{entry.requestId ?? '-'}</Descriptions.Item>
          </Descriptions>
          <DiffView before={entry.before} after={entry.after} />
        </>
      ) : null}
    </Drawer>
  );
}
