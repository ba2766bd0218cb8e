import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
}

/** The 取消 / 保存 footer every form drawer shares (save submits the drawer's form). */
export function DrawerFooter({ onCancel, onSave, saving }: Props) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" loading={saving} onClick={onSave} data-testid="drawer-submit">{t('common.save')}</Button>
    </Space>
  );
}
