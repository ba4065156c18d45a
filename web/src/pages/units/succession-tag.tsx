import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkedUnit } from '../../api/types';

/** "Toàn bộ" (the whole old unit) or "Một phần" (only part of it). */
export function SuccessionTag({ kind }: { kind: LinkedUnit['kind'] }) {
  const { t } = useTranslation();
  return kind === 'full' ? <Tag color="green">{t('succession.full')}</Tag> : <Tag color="orange">{t('succession.partial')}</Tag>;
}
