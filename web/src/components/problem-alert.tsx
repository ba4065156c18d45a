import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/** A failed action's message (in the user's language) above a form. Nothing when no error. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.messageIn(i18n.language) : t('common.unexpectedError');
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} />;
}
