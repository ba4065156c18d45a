import { describeAccess } from '../../../test/access.js';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { paymentAccessCases } from './payments.access-cases.js';
import { notifyBank, TEST_WEBHOOK_SECRET } from './test-notify.js';

const t = await startTestApp({ env: { MOTCUA_PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET } });

describeAccess('payments', () => t, paymentAccessCases, async () => {
  const desk = await t.signIn('benthanh.motcua');
  const transaction = 'FT-ACCESS-1';
  const stray = await notifyBank(t.anonymous, { transactionId: transaction, accountNumber: '0071000000001', amount: 4000, content: 'NOP PHI', paidAt: new Date().toISOString() }, { now: new Date() });
  if (stray.body.status !== 'unmatched') throw new Error(`expected an unmatched transfer: ${stray.text}`);
  const dossier = (await desk.post('/api/v1/dossiers', copyCertification())).body;
  return { dossier: dossier.id, dossierCode: dossier.code, transaction };
});
