import { Checkbox, Form, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingsForm } from '../../../api/catalog';
import type { Dossier } from '../../../api/dossiers';
import { EFormFields } from '../../../components/eform/eform';
import { EFormView } from '../../../components/eform/eform-view';
import { parseEForm } from '../../../components/eform/eform-schema';
import { localized } from '../../../lib/format';
import { PageSection } from './page-section';

/**
 * What the agency established (the procedure's findings form), under `findings` in the
 * action's form, prefilled with what was recorded. Approving needs it complete — the signed
 * result states it; completing an earlier step records it only when the officer says so
 * (the council may not have met yet).
 */
export function FindingsFields({ form, dossier, approving }: { form: FindingsForm; dossier: Dossier; approving: boolean }) {
  const { t, i18n } = useTranslation();
  const layout = useMemo(() => parseEForm(form.schema, form.ui), [form]);
  const recordedAlready = Object.keys(dossier.findings).length > 0;
  // The checkbox's own value decides (the form holds it; nothing is kept beside it).
  const ticked = Form.useWatch<boolean | undefined>('recordFindings', Form.useFormInstance()) ?? recordedAlready;
  const recording = approving || ticked;
  const title = localized(form.title, i18n.language);
  return (
    <section aria-label={title} className="action-findings">
      <Typography.Title level={5}>{title}</Typography.Title>
      {!approving && (
        <Form.Item name="recordFindings" valuePropName="checked" initialValue={recordedAlready}>
          <Checkbox>{t('actions.recordFindings')}</Checkbox>
        </Form.Item>
      )}
      {recording && <EFormFields layout={layout} prefix={['findings']} />}
    </section>
  );
}

/** What the agency recorded, as the result will state it (nothing until something is recorded). */
export function FindingsSection({ form, dossier }: { form: FindingsForm | undefined; dossier: Dossier }) {
  const { i18n } = useTranslation();
  const layout = useMemo(() => (form ? parseEForm(form.schema, form.ui) : undefined), [form]);
  if (!form || !layout || Object.keys(dossier.findings).length === 0) return null;
  return (
    <PageSection id="dossier-findings" title={localized(form.title, i18n.language)}>
      <EFormView layout={layout} data={dossier.findings} />
    </PageSection>
  );
}
