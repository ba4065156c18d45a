import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { ErrorResult } from '../../../components/error-result';
import { LinkButton } from '../../../components/link-button';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { DossierCards } from '../shared/dossier-cards';
import { useMyDossiers } from '../shared/use-dossiers';
import '../../catalog/catalog.css';
import '../shared/intake.css';
import { LoadMore } from '../../../components/load-more';

/** "Hồ sơ của tôi": the citizen's dossiers, newest first, with status and due date. */
export default function MyDossiersPage() {
  const { t } = useTranslation();
  const list = useMyDossiers();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle extra={<LinkButton to={paths.catalog}>{t('myDossiers.fileNew')}</LinkButton>}>{t('myDossiers.title')}</PageTitle>
      {list.isPending ? (
        <LoadingBlock />
      ) : list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('myDossiers.empty')} />
      ) : (
        <>
          <DossierCards dossiers={items} linkTo={(d) => paths.myDossier(d.id)} label={t('myDossiers.listLabel')} />
          <LoadMore pages={list} />
        </>
      )}
    </>
  );
}
