import { describeAccess } from '../../../test/access.js';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { dossierAccessCases } from './dossiers.access-cases.js';

const t = await startTestApp();

async function ids(): Promise<Record<string, string>> {
  const desk = await t.signIn('benthanh.motcua');
  const dossier = await desk.post('/api/v1/dossiers', copyCertification());
  await desk.get(`/api/v1/dossiers/${dossier.body.id}/receipt.pdf`);
  const [receipt] = (await desk.get(`/api/v1/dossiers/${dossier.body.id}/documents`)).body;
  return { dossier: dossier.body.id, receipt: receipt.id };
}

describeAccess('dossiers', () => t, dossierAccessCases, ids);
