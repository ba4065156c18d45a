import { DatabaseOutlined } from '@ant-design/icons';
import { Form, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './eform-errors';

/** Where a prefilled value came from, in words: "tài khoản của bạn", the database's name, "hồ sơ trước …". */
export function sourceLabel(source: string, t: TFunction): string {
  if (source === 'account') return t('eform.sources.account');
  const previous = /^previous:(.+)$/.exec(source);
  if (previous) return t('eform.sources.previous', { code: previous[1] });
  const record = /^record:[^ ]+ \((.+)\)$/.exec(source);
  return record?.[1] ?? source;
}

/**
 * "Từ dữ liệu đã có": shown under a field while it still holds the value filled in from the
 * data the state already has, with where it came from.
 */
export function PrefillHint({ name, value, source }: { name: NamePath; value: unknown; source: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const current: unknown = Form.useWatch(name, form);
  if (current !== value) return null;
  return (
    <Typography.Text type="success" className="eform-prefill-hint">
      <DatabaseOutlined aria-hidden /> {t('eform.prefilled')} <span className="eform-prefill-source">({sourceLabel(source, t)})</span>
    </Typography.Text>
  );
}
