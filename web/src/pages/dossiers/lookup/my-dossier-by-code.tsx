import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { listMyDossiers } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { LinkButton } from '../../../components/link-button';
import { useProcedure } from '../../catalog/use-catalog';
import { RatingResult } from '../citizen/rating-result';
import { InlineActionForm } from '../shared/inline-action-form';
import { PageSection } from '../shared/page-section';
import { findByCode } from '../shared/find-by-code';
import { useDossier } from '../shared/use-dossiers';

/**
 * For the signed-in applicant: their own dossier behind the code, with a link to it and,
 * once the result is handed over, the satisfaction rating right here.
 */
export function MyDossierByCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['dossiers', 'mine', 'by-code', code], queryFn: async () => (await findByCode(code, listMyDossiers)) ?? null });
  const id = mine.data?.id ?? '';
  const dossier = useDossier(id);
  const procedure = useProcedure(dossier.data?.procedure.slug ?? '');
  if (!id || !dossier.data) return null;
  const d = dossier.data;
  return (
    <>
      {d.allowedActions.some((a) => a.action === 'rate') && (
        <PageSection id="lookup-rating" title={t('rating.title')}>
          <InlineActionForm dossier={d} action="rate" components={procedure.data?.components ?? []} submitLabel={t('rating.submit')} />
        </PageSection>
      )}
      {d.rating && <RatingResult rating={d.rating} />}
      <Card>
        <LinkButton to={paths.myDossier(d.id)} primary>
          {t('lookup.openMine')}
        </LinkButton>
      </Card>
    </>
  );
}
