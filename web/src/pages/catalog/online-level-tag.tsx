import { CloudOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineLevel } from '../../api/catalog';

/** "Trực tuyến toàn trình" (file and get the result online) or "Trực tuyến một phần". */
export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={level === 'full' ? 'green' : 'blue'} icon={<CloudOutlined aria-hidden />} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {level === 'full' ? t('catalog.online.full') : t('catalog.online.partial')}
    </Tag>
  );
}
