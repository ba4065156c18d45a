import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SignatureCheck } from '../../api/signing';
import { formatVnDateTime, localized } from '../catalog/format';
import { FactList } from './fact-list';

/** The signature in plain words: who signed, when, a time-stamp, unchanged or not, trusted or not, and each problem. */
export function SignatureDetails({ signature: s }: { signature: SignatureCheck }) {
  const { t, i18n } = useTranslation();
  const signer = s.signer ? [s.signer.commonName, s.signer.organization].filter((x, i, all) => x && all.indexOf(x) === i).join(' — ') : t('verify.signature.noSigner');
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('verify.signature.title')}
      </Typography.Title>
      <FactList
        items={[
          { key: 'signer', label: t('verify.signature.signer'), children: signer },
          { key: 'time', label: t('verify.signature.signingTime'), children: s.signingTime ? formatVnDateTime(s.signingTime) : t('verify.signature.unknown') },
          {
            key: 'stamp',
            label: t('verify.signature.timeStamp'),
            children: s.timeStampTime ? t('verify.signature.timeStampAt', { at: formatVnDateTime(s.timeStampTime) }) : s.timeStamped ? t('verify.signature.timeStampBad') : t('verify.signature.noTimeStamp'),
          },
          { key: 'integrity', label: t('verify.signature.integrity'), children: s.unchanged && s.coversWholeFile ? t('verify.signature.unchanged') : t('verify.signature.changed') },
          { key: 'trust', label: t('verify.signature.certificate'), children: s.trusted ? t('verify.signature.trusted') : t('verify.signature.untrusted') },
        ]}
      />
      {s.problems.length > 0 && (
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t('verify.signature.problems')}
          </Typography.Paragraph>
          <ul className="verify-problems" aria-label={t('verify.signature.problems')}>
            {s.problems.map((p) => (
              <li key={p.code}>{localized(p.message, i18n.language)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
