import { useTranslation } from 'react-i18next';
import type { Verification, VerifiedDocument } from '../../api/signing';
import { formatVnDateTime, localized } from '../catalog/format';
import { FactList } from './fact-list';

/** What the document is: its dossier, kind, number, issuing agency, time and fingerprint. */
export function DocumentDetails({ document: doc, dossierCode }: { document: VerifiedDocument; dossierCode: Verification['dossierCode'] }) {
  const { t, i18n } = useTranslation();
  return (
    <FactList
      items={[
        ...(dossierCode ? [{ key: 'dossier', label: t('dossier.code'), children: <strong className="dossier-code">{dossierCode}</strong> }] : []),
        { key: 'kind', label: t('verify.fields.kind'), children: localized(doc.kindName, i18n.language) },
        { key: 'title', label: t('verify.fields.title'), children: doc.title },
        { key: 'number', label: t('verify.fields.number'), children: doc.number ?? t('verify.fields.noNumber') },
        { key: 'issuer', label: t('verify.fields.issuer'), children: doc.issuerName },
        { key: 'issued', label: t('verify.fields.issuedAt'), children: formatVnDateTime(doc.signedAt) },
        { key: 'sha256', label: t('verify.fields.sha256'), children: <span className="sha256">{doc.sha256}</span> },
      ]}
    />
  );
}
