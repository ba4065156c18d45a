import { Alert, Descriptions, Form, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureLevel } from '../../../api/catalog';
import { useAppConfig } from '../../../app/app-config';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { CommuneSelect } from '../../catalog/commune-select';
import { useProcedure } from '../../catalog/use-catalog';

interface Props {
  slug: string;
  level: ProcedureLevel;
  /** Online: also choose the desk that will check the dossier. */
  chooseDesk?: boolean;
}

/**
 * The commune whose agency decides (usually where the applicant lives — any commune of the
 * province, whatever desk receives it), then who decides and, online, which desk receives.
 */
export function PlaceFields({ slug, level, chooseDesk = false }: Props) {
  const { t, i18n } = useTranslation();
  const config = useAppConfig();
  const form = Form.useFormInstance();
  const unit = Form.useWatch<string | undefined>('placeUnitCode', form);
  const answer = useProcedure(unit ? slug : '', unit);
  const place = unit ? answer.data?.place : undefined;
  const name = (a: { name: string; nameEn: string }) => (i18n.language === 'en' ? a.nameEn : a.name);
  useEffect(() => {
    if (!chooseDesk || !place) return;
    const current: unknown = form.getFieldValue('receivingAgencyCode');
    if (!place.receivingAgencies.some((a) => a.code === current)) form.setFieldValue('receivingAgencyCode', place.receivingAgencies[0]?.code);
  }, [chooseDesk, place, form]);
  if (level === 'province') return <Alert type="info" showIcon title={t('intake.provinceLevel', { province: config.data?.provinceName ?? '' })} />;
  return (
    <>
      <Form.Item name="placeUnitCode" label={t('intake.commune')} extra={t('intake.communeHint')} rules={[{ required: true, message: t('intake.rules.commune') }]} style={{ maxWidth: 520 }}>
        <CommuneSelect province={config.data?.provinceCode} valueName={place?.unit.name} />
      </Form.Item>
      {unit && answer.isPending && <LoadingBlock rows={2} />}
      {unit && answer.isError && <ErrorResult error={answer.error} onRetry={() => void answer.refetch()} />}
      {place && (
        <div aria-live="polite">
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16, background: '#fff' }}
            items={[{ key: 'competent', label: t('intake.competentAgency'), children: place.competentAgency ? name(place.competentAgency) : t('intake.noCompetentAgency') }]}
          />
          {chooseDesk && place.receivingAgencies.length > 0 && (
            <Form.Item name="receivingAgencyCode" label={t('intake.receivingDesk')} extra={t('intake.receivingDeskHint')}>
              <Radio.Group aria-label={t('intake.receivingDesk')} className="intake-vertical" options={place.receivingAgencies.map((a) => ({ value: a.code, label: name(a) }))} />
            </Form.Item>
          )}
        </div>
      )}
    </>
  );
}
