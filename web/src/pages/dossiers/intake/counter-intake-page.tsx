import { Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAccount } from '../../../app/session';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { localized } from '../../catalog/format';
import { useProcedure } from '../../catalog/use-catalog';
import { PageSection } from '../shared/page-section';
import { CounterIntakeForm } from './counter-intake-form';
import { ProcedurePicker } from './procedure-picker';
import '../shared/intake.css';
import { agencyNameIn } from '../../../lib/format';

const PROCEDURE_PARAM = 'thu-tuc';

/** "Tiếp nhận hồ sơ": a one-stop officer takes in a dossier at the desk, for any commune of the province. */
export default function CounterIntakePage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const slug = params.get(PROCEDURE_PARAM) ?? '';
  const procedure = useProcedure(slug);
  const desks = (account?.memberships ?? []).filter((m) => m.role === 'officer' && m.agencyKind === 'service_center');
  const [desk, setDesk] = useState(desks[0]?.agencyCode);
  return (
    <>
      <PageTitle>{t('intake.title')}</PageTitle>
      <PageSection id="intake-procedure" title={t('intake.sections.procedure')}>
        <Form layout="vertical" component="div" name="intake-procedure">
          {desks.length > 1 && (
            <Form.Item label={t('intake.desk')} htmlFor="intake-desk">
              <Select id="intake-desk" value={desk} onChange={setDesk} options={desks.map((m) => ({ value: m.agencyCode, label: agencyNameIn(m, i18n.language) }))} />
            </Form.Item>
          )}
          <Form.Item label={t('intake.procedure')} htmlFor="intake-procedure-select" style={{ marginBottom: 0 }}>
            <ProcedurePicker
              id="intake-procedure-select"
              value={slug || undefined}
              valueName={procedure.data ? localized(procedure.data.name, i18n.language) : undefined}
              onChange={(next) => setParams(next ? { [PROCEDURE_PARAM]: next } : {}, { replace: true })}
            />
          </Form.Item>
        </Form>
      </PageSection>
      {slug &&
        (procedure.isPending ? (
          <LoadingBlock rows={6} />
        ) : procedure.isError ? (
          <ErrorResult error={procedure.error} onRetry={() => void procedure.refetch()} />
        ) : (
          <CounterIntakeForm key={slug} procedure={procedure.data} desk={desks.length > 1 ? desk : undefined} />
        ))}
    </>
  );
}
