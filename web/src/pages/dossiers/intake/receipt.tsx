import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { lookupUrl, paths } from '../../../app/paths';
import { QrCode } from '../../../components/dossier/qr-code';
import { formatMoney, formatVnDateTime } from '../../catalog/format';
import { recordTypeLabel } from '../shared/record-label';
import { localized } from '../../../lib/format';

/** The receipt itself (Mẫu giấy tiếp nhận hồ sơ và hẹn trả kết quả), laid out for an A4 page. */
export function Receipt({ dossier: d }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const desk = i18n.language === 'en' ? d.receivingAgency.nameEn : d.receivingAgency.name;
  // The history names people as "Full Name (username)"; the receipt carries the name alone.
  const officer = (d.history.find((e) => e.action === 'received' || e.action === 'accept')?.actorName ?? '').replace(/\s*\([^)]*\)$/, '');
  const url = lookupUrl(d.code);
  const a = d.applicant;
  const given = d.components.filter((c) => c.paper || c.eform || c.files.length > 0 || c.fromRecord);
  const how = (c: Dossier['components'][number]) =>
    [c.eform && t('dossier.given.eform'), c.paper && t('dossier.given.paper'), c.files.length > 0 && t('dossier.given.files', { count: c.files.length }), c.fromRecord && t('dossier.given.record', { record: recordTypeLabel(c.fromRecord, t) })].filter(Boolean).join(', ');
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <header className="receipt-head">
        <div className="receipt-agency">
          <strong>{desk.toUpperCase()}</strong>
        </div>
        <div className="receipt-nation">
          <strong>{t('receipt.nation')}</strong>
          <div className="receipt-motto">{t('receipt.motto')}</div>
        </div>
      </header>
      <h2 id="receipt-title" className="receipt-title">
        {t('receipt.title')}
      </h2>
      <p className="receipt-code">
        {t('receipt.codeLabel')} <strong data-testid="receipt-code">{d.code}</strong>
      </p>
      <p>{t('receipt.intro', { desk })}</p>
      <dl className="receipt-facts">
        <dt>{t('receipt.applicant')}</dt>
        <dd>{a.type === 'organisation' ? `${a.orgName} (${t('intake.taxCode')}: ${a.taxCode})` : a.fullName}</dd>
        {a.type === 'person' && (
          <>
            <dt>{t('intake.nationalId')}</dt>
            <dd>{a.nationalId}</dd>
          </>
        )}
        {a.address && (<><dt>{t('intake.address')}</dt><dd>{a.address}</dd></>)}
        {a.phone && (<><dt>{t('intake.phone')}</dt><dd>{a.phone}</dd></>)}
        {d.submitter && (<><dt>{t('intake.submitter')}</dt><dd>{`${d.submitter.fullName} (${d.submitter.relationship})`}</dd></>)}
        <dt>{t('receipt.request')}</dt>
        <dd>{d.procedure.name}</dd>
      </dl>
      <p>{t('receipt.components')}</p>
      <table className="receipt-table">
        <thead>
          <tr>
            <th scope="col">{t('receipt.number')}</th>
            <th scope="col">{t('receipt.componentName')}</th>
            <th scope="col">{t('receipt.componentForm')}</th>
          </tr>
        </thead>
        <tbody>
          {given.map((c, i) => (
            <tr key={c.key}>
              <td>{i + 1}</td>
              <td>{localized(c.name, i18n.language)}</td>
              <td>{how(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="receipt-facts">
        <dt>{t('receipt.receivedAt')}</dt>
        <dd>{d.receivedAt ? formatVnDateTime(d.receivedAt) : ''}</dd>
        <dt>{t('receipt.dueAt')}</dt>
        <dd>
          <strong data-testid="receipt-due">{d.dueAt ? formatVnDateTime(d.dueAt) : t('dossier.noDueYet')}</strong>
        </dd>
        <dt>{t('receipt.returnAt')}</dt>
        <dd>{t(`dossier.returnChannels.${d.returnChannel}`)}{d.postalAddress ? `: ${d.postalAddress}` : ''}</dd>
        <dt>{t('receipt.fee')}</dt>
        <dd>{formatMoney(d.feeTotal, i18n.language)} {d.feeTotal > 0 ? `(${d.paidAt ? t('receipt.paid') : t('receipt.notPaid')})` : ''}</dd>
      </dl>
      <div className="receipt-qr">
        <QrCode text={url} alt={t('receipt.qrAlt', { code: d.code })} />
        <p>
          {t('receipt.qrText', { address: `${window.location.host}${paths.lookup}` })}
        </p>
      </div>
      <footer className="receipt-signatures">
        <div>
          <strong>{t('receipt.applicantSigns')}</strong>
          <div className="receipt-sign-hint">{t('receipt.signHint')}</div>
        </div>
        <div>
          <strong>{t('receipt.officerSigns')}</strong>
          <div className="receipt-sign-hint">{t('receipt.signHint')}</div>
          <div className="receipt-officer">{officer}</div>
        </div>
      </footer>
    </article>
  );
}
