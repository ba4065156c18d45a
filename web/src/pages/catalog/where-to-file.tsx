import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { PlaceAgency, ProcedurePlace } from '../../api/catalog';
import { useAppConfig } from '../../app/app-config';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { CatalogSection } from './catalog-section';
import { CommuneSelect } from './commune-select';
import { useProcedure } from './use-catalog';

const UNIT_PARAM = 'xa';

function PlaceAnswer({ place }: { place: ProcedurePlace }) {
  const { t, i18n } = useTranslation();
  const name = (agency: PlaceAgency) => (i18n.language === 'en' ? agency.nameEn : agency.name);
  return (
    <div aria-live="polite">
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('catalog.where.competentAgency')}
      </Typography.Title>
      <Typography.Paragraph strong style={{ fontSize: 18 }}>
        {place.competentAgency ? name(place.competentAgency) : t('catalog.where.noCompetentAgency')}
      </Typography.Paragraph>
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('catalog.where.receivingAgencies')}
      </Typography.Title>
      {place.receivingAgencies.length === 0 ? (
        <Typography.Paragraph>{t('catalog.where.noReceivingAgency')}</Typography.Paragraph>
      ) : (
        <ul className="catalog-plain-list">
          {place.receivingAgencies.map((agency) => (
            <li key={agency.code} style={{ fontSize: 17 }}>
              {name(agency)}
            </li>
          ))}
        </ul>
      )}
      {place.boundaryFree && <Alert type="info" showIcon title={t('catalog.where.boundaryFree')} style={{ marginTop: 12 }} />}
    </div>
  );
}

/** "Nộp ở đâu?": pick your commune or ward, see who decides and which service centers receive it. */
export function WhereToFile({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const config = useAppConfig();
  const [params, setParams] = useSearchParams();
  const unit = params.get(UNIT_PARAM) ?? undefined;
  const answer = useProcedure(unit ? slug : '', unit);
  const choose = (code: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (code) next.set(UNIT_PARAM, code);
        else next.delete(UNIT_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const place = answer.data?.place;
  return (
    <CatalogSection id="procedure-where" title={t('catalog.where.title')} icon={<EnvironmentOutlined />}>
      <Typography.Paragraph>{t('catalog.where.intro', { province: config.data?.provinceName ?? '' })}</Typography.Paragraph>
      <Form layout="vertical" name="where-to-file" component="div">
        <Form.Item label={t('catalog.where.commune')} htmlFor="where-commune" style={{ maxWidth: 480 }}>
          <CommuneSelect id="where-commune" province={config.data?.provinceCode} value={unit} valueName={place?.unit.name} onChange={choose} />
        </Form.Item>
      </Form>
      {unit &&
        (answer.isPending ? (
          <LoadingBlock rows={3} />
        ) : answer.isError ? (
          <ErrorResult error={answer.error} onRetry={() => void answer.refetch()} />
        ) : place ? (
          <PlaceAnswer place={place} />
        ) : null)}
    </CatalogSection>
  );
}
