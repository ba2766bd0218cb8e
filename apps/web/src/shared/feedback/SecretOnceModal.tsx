import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  secret: string | null;
  title: string;
  hint: string;
  onClose: () => void;
}

/** Passwords, tokens and signing secrets are shown exactly once, with a copy button. */
export function SecretOnceModal({ secret, title, hint, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={<Button type="primary" onClick={onClose} data-testid="secret-close">{t('common.close')}</Button>}
    >
      <Alert type="warning" showIcon title={hint} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable={{ text: secret ?? '' }} code style={{ wordBreak: 'break-all', fontSize: 16 }} data-testid="secret-value">
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
