import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { formatLocalDate, formatMoney, formatVnDateTime } from '../../catalog/format';
import { recordTypeLabel } from './record-label';
import { localized } from '../../../lib/format';

/** The applicant (and who filed for them), and where the result goes. */
export function ApplicantDetails({ dossier: d }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const a = d.applicant;
  const items =
    a.type === 'organisation'
      ? [
          { key: 'org', label: t('intake.orgName'), children: a.orgName },
          { key: 'tax', label: t('intake.taxCode'), children: a.taxCode },
          { key: 'rep', label: t('intake.representativeName'), children: `${a.representative.fullName} (${a.representative.nationalId})` },
        ]
      : [
          { key: 'name', label: t('intake.fullName'), children: a.fullName },
          { key: 'id', label: t('intake.nationalId'), children: a.nationalId },
          ...(a.dateOfBirth ? [{ key: 'dob', label: t('intake.dateOfBirth'), children: formatLocalDate(a.dateOfBirth) }] : []),
        ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        ...items,
        ...(a.phone ? [{ key: 'phone', label: t('intake.phone'), children: a.phone }] : []),
        ...(a.email ? [{ key: 'email', label: t('intake.email'), children: a.email }] : []),
        ...(a.address ? [{ key: 'address', label: t('intake.address'), children: a.address }] : []),
        ...(d.submitter ? [{ key: 'submitter', label: t('intake.submitter'), children: `${d.submitter.fullName} (${d.submitter.nationalId}) — ${d.submitter.relationship}` }] : []),
        { key: 'return', label: t('intake.returnChannel'), children: t(`dossier.returnChannels.${d.returnChannel}`) + (d.postalAddress ? `: ${d.postalAddress}` : '') },
      ]}
    />
  );
}

/** Each component and how it was handed in: paper, files, data the state holds, the e-form. */
export function ComponentList({ dossier: d }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const how = (c: Dossier['components'][number]): string[] => [
    ...(c.eform ? [t('dossier.given.eform')] : []),
    ...(c.paper ? [t('dossier.given.paper')] : []),
    ...(c.files.length > 0 ? [t('dossier.given.files', { count: c.files.length })] : []),
    ...(c.fromRecord ? [t('dossier.given.record', { record: recordTypeLabel(c.fromRecord, t) })] : []),
  ];
  const given = d.components.filter((c) => how(c).length > 0);
  return (
    <ul className="intake-list" aria-label={t('dossier.components')}>
      {given.map((c) => (
        <li key={c.key}>
          <Typography.Text strong>{localized(c.name, i18n.language)}</Typography.Text>
          <div>{how(c).join(' · ')}</div>
        </li>
      ))}
      {given.length === 0 && <li>{t('dossier.given.nothing')}</li>}
    </ul>
  );
}

/** Fees charged, the total, and whether it has been paid. */
export function FeeList({ dossier: d }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {d.fees.length === 0 ? (
        <Typography.Paragraph>{t('dossier.noFees')}</Typography.Paragraph>
      ) : (
        <ul className="intake-list">
          {d.fees.map((f, i) => (
            <li key={i}>
              {localized(f.name, i18n.language)}: {formatMoney(f.amount, i18n.language)} × {f.quantity} = <strong>{formatMoney(f.total, i18n.language)}</strong>
            </li>
          ))}
        </ul>
      )}
      <Typography.Paragraph strong style={{ marginBottom: 0 }}>
        {t('dossier.feeTotal', { total: formatMoney(d.feeTotal, i18n.language) })} — {d.paidAt ? t('dossier.paidAt', { at: formatVnDateTime(d.paidAt) }) : d.feeTotal > 0 ? t('dossier.notPaid') : t('dossier.nothingToPay')}
      </Typography.Paragraph>
    </>
  );
}
