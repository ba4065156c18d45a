import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { dossierCodeRules, normaliseCode } from '../shared/find-by-code';

/** "Mã hồ sơ" (as printed on the receipt), to look a dossier up. */
export function LookupForm({ initialCode, onLookup }: { initialCode?: string; onLookup: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" size="large" name="lookup" initialValues={{ code: initialCode ?? '' }} onFinish={(v: { code: string }) => onLookup(normaliseCode(v.code))} role="search" aria-label={t('lookup.formLabel')}>
      <Form.Item
        name="code"
        label={t('lookup.code')}
        extra={t('lookup.codeHint')}
        rules={dossierCodeRules(t)}
      >
        <Input autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="26743.TTPVHCC-261124-0001" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
        {t('lookup.submit')}
      </Button>
    </Form>
  );
}

/** The applicant's ID number: with it, the whole history is shown (kept on this screen only, never in the address). */
export function NationalIdForm({ onSubmit, loading }: { onSubmit: (nationalId: string) => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" name="lookup-id" onFinish={(v: { nationalId: string }) => onSubmit(v.nationalId.trim())}>
      <Form.Item
        name="nationalId"
        label={t('lookup.nationalId')}
        extra={t('lookup.nationalIdHint')}
        rules={[
          { required: true, whitespace: true, message: t('intake.rules.nationalIdRequired') },
          { pattern: /^\s*[0-9]{12}\s*$/, message: t('intake.rules.nationalId') },
        ]}
      >
        <Input inputMode="numeric" maxLength={12} autoComplete="off" style={{ maxWidth: 260 }} />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t('lookup.showHistory')}
      </Button>
    </Form>
  );
}
