import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RETURN_CHANNELS, type ReturnChannel } from '../../../api/dossiers';
import { addressRules } from './person-rules';

/** Where the result goes: the receiving desk, the deciding agency's desk, by post (with the address) or online. */
export function ReturnFields({ online }: { online: boolean }) {
  const { t } = useTranslation();
  const channel = Form.useWatch<ReturnChannel | undefined>('returnChannel');
  const channels = RETURN_CHANNELS.filter((c) => online || c !== 'online');
  return (
    <>
      <Form.Item name="returnChannel" label={t('intake.returnChannel')} rules={[{ required: true, message: t('intake.rules.returnChannel') }]}>
        <Radio.Group aria-label={t('intake.returnChannel')} className="intake-vertical" options={channels.map((c) => ({ value: c, label: t(`dossier.returnChannels.${c}`) }))} />
      </Form.Item>
      {channel === 'post' && (
        <Form.Item name="postalAddress" label={t('intake.postalAddress')} rules={[{ required: true, whitespace: true, message: t('intake.rules.postalAddress') }, ...addressRules(t)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      )}
    </>
  );
}
