import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { documentPdfUrl } from '../../api/dossier-documents';
import type { VerifiedDocument } from '../../api/signing';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { LinkButton } from '../../components/link-button';

/**
 * The original PDF. The server hands it only to the applicant and the staff who see the
 * dossier (it holds personal data), so a visitor who is not signed in is offered sign-in.
 */
export function DocumentDownload({ document: doc }: { document: VerifiedDocument }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (doc.ownerType !== 'dossier' || session.isPending) return null;
  const signedIn = Boolean(session.data?.account);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 16 }}>
      {signedIn ? (
        <a className="link-button" href={documentPdfUrl(doc.ownerId, doc.id)} target="_blank" rel="noreferrer">
          <DownloadOutlined aria-hidden /> {t('verify.download')}
        </a>
      ) : (
        <LinkButton to={`${paths.signIn}?next=${encodeURIComponent(location.pathname)}`}>
          <DownloadOutlined aria-hidden /> {t('verify.downloadSignIn')}
        </LinkButton>
      )}
      <Typography.Text type="secondary">{t('verify.downloadHint')}</Typography.Text>
    </div>
  );
}
