import { App, Button, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierComponent } from '../../../api/dossiers';
import type { UploadedFile } from '../../../api/files';
import { newIdempotencyKey } from '../../../api/idempotency';
import { useAccount } from '../../../app/session';
import { FileUpload } from '../../../components/dossier/file-upload';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatVnDateTime, localized } from '../../catalog/format';
import { PageSection } from '../shared/page-section';
import { digitisedAt, mayDigitise } from './digitised';
import { useDigitise } from './use-digitise';

/** One paper component: its state, the scans to upload, and the button that attaches them. */
function DigitiseRow({ dossier, component: c, at }: { dossier: Dossier; component: DossierComponent; at: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const digitise = useDigitise(dossier.id);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [busy, setBusy] = useState(false);
  // A fresh upload list after each success; one Idempotency-Key per attempt.
  const [round, setRound] = useState(0);
  const key = useRef(newIdempotencyKey());
  const name = localized(c.name, i18n.language);
  const submit = () =>
    digitise.mutate(
      { key: c.key, files: files.map((f) => f.sha256), idempotencyKey: key.current },
      {
        onSuccess: () => {
          setFiles([]);
          setRound((r) => r + 1);
          void message.success(t('digitise.done', { name }));
        },
        onSettled: () => (key.current = newIdempotencyKey()),
      },
    );
  return (
    <li>
      <Typography.Text strong>{name}</Typography.Text>{' '}
      {at ? <Tag color="green">{t('digitise.doneAt', { at: formatVnDateTime(at) })}</Tag> : c.fromRecord?.startsWith('scan.') ? <Tag color="green">{t('digitise.reused')}</Tag> : <Tag>{t('digitise.paperOnly')}</Tag>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start', marginTop: 8 }}>
        <FileUpload key={round} label={name} value={[]} onChange={setFiles} onBusy={setBusy} />
        <Button type="primary" disabled={files.length === 0 || busy} loading={digitise.isPending} onClick={submit} aria-label={t('digitise.submitFor', { name })}>
          {t('digitise.submit')}
        </Button>
      </div>
      <ProblemAlert error={digitise.error} />
    </li>
  );
}

/**
 * Số hóa thành phần hồ sơ (Decree 45/2020/NĐ-CP Art. 25): the officer scans the papers
 * handed in, uploads the scans and attaches them; the applicant's data store keeps them
 * for later dossiers. Shown to those the server lets digitise.
 */
export function DigitiseComponents({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const account = useAccount();
  const paper = dossier.components.filter((c) => c.paper || c.fromRecord?.startsWith('scan.'));
  if (!mayDigitise(account, dossier) || paper.length === 0) return null;
  const at = digitisedAt(dossier);
  return (
    <PageSection id="dossier-digitise" title={t('digitise.title')}>
      <Typography.Paragraph type="secondary">{t('digitise.intro')}</Typography.Paragraph>
      <ul className="intake-list" aria-label={t('digitise.title')}>
        {paper.map((c) => (
          <DigitiseRow key={c.key} dossier={dossier} component={c} at={at.get(c.key)} />
        ))}
      </ul>
    </PageSection>
  );
}
