import { Alert, Card, Collapse, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { ErrorResult } from '../../../components/error-result';
import { LinkButton } from '../../../components/link-button';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { useLookup } from '../shared/use-dossiers';
import { LookupForm, NationalIdForm } from './lookup-form';
import { LookupResult } from './lookup-result';
import { MyDossierByCode } from './my-dossier-by-code';
import '../shared/intake.css';

/** The answer for one code: status for anyone; the history with the ID number; the owner's own actions when signed in. */
function LookupByCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const account = session.data?.account;
  const [nationalId, setNationalId] = useState<string>();
  const lookup = useLookup(code, nationalId);
  if (lookup.isPending) return <LoadingBlock />;
  if (lookup.isError) {
    if (isApiError(lookup.error) && lookup.error.status === 404) return <Result status="404" title={t('lookup.notFoundTitle')} subTitle={t('lookup.notFound', { code })} />;
    return <ErrorResult error={lookup.error} onRetry={() => void lookup.refetch()} />;
  }
  const r = lookup.data;
  return (
    <>
      <LookupResult result={r} />
      {nationalId && !r.detail && <Alert type="warning" showIcon role="alert" title={t('lookup.idMismatch')} style={{ marginBottom: 16 }} />}
      {!r.detail && (
        <Card style={{ marginBottom: 16 }}>
          <NationalIdForm onSubmit={setNationalId} loading={lookup.isFetching} />
        </Card>
      )}
      {account?.kind === 'citizen' ? (
        <MyDossierByCode code={code} />
      ) : (
        !account &&
        !session.isPending && (
          <Card>
            {t('lookup.signInToFollow')}{' '}
            <LinkButton to={`${paths.signIn}?next=${encodeURIComponent(location.pathname)}`}>{t('lookup.signIn')}</LinkButton>
          </Card>
        )
      )}
    </>
  );
}

/** "Tra cứu hồ sơ": by the code on the receipt (`/tra-cuu/<code>`, the address in e-mails and the receipt's QR code). */
export default function LookupPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const search = (next: string) => void navigate(paths.lookupCode(next));
  if (!code) {
    return (
      <>
        <PageTitle>{t('lookup.title')}</PageTitle>
        <Card>
          <LookupForm onLookup={search} />
        </Card>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('lookup.resultTitle')}</PageTitle>
      <LookupByCode key={code} code={code} />
      <Collapse style={{ marginTop: 16 }} items={[{ key: 'other', label: t('lookup.another'), children: <LookupForm onLookup={search} /> }]} />
    </>
  );
}
