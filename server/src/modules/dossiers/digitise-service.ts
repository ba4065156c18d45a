import { membershipsGranting } from '../../platform/auth/access.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { forbidden, invalidField, notFound } from '../../platform/errors.js';
import { findUpload } from '../../platform/files/service.js';
import { text } from '../../platform/i18n.js';
import { putRecord } from '../accounts/personal-records.js';
import { scanRecordType } from './components.js';
import { recordChange } from './history.js';
import { canView, workOnDossiers } from './policy.js';
import { loadDossierView } from './query-service.js';
import type { Dossier } from './schemas.js';
import * as store from './store.js';

/**
 * Số hóa (Decree 45/2020/NĐ-CP Art. 25; Decree 107/2021): an officer or specialist of an
 * agency the dossier passes through scans a paper component and attaches the scan. The
 * component then counts as electronic, and the scan — by its SHA-256 — goes to the
 * applicant's data store, so a later dossier takes it from there instead of asking again.
 */
export async function digitiseComponent(ctx: ServiceContext, dossierId: string, componentKey: string, files: string[]): Promise<Dossier> {
  await withTransaction(ctx, async (tx) => {
    const row = await store.lockDossier(tx.db, tx.provinceCode, dossierId);
    if (!row || !canView(tx.actor, row)) throw notFound(text('hồ sơ', 'dossier'), dossierId);
    const working = membershipsGranting(tx.actor, workOnDossiers).some((m) => (m.role === 'officer' || m.role === 'specialist') && row.involvedAgencies.includes(m.agencyCode));
    if (!working) throw forbidden(text('Chỉ cán bộ một cửa hoặc chuyên viên của cơ quan xử lý hồ sơ được số hóa thành phần hồ sơ.', 'Only desk officers or specialists of an agency handling the dossier digitise its components.'));
    const component = row.components.items.find((c) => c.key === componentKey);
    if (!component) throw notFound(text('thành phần hồ sơ', 'dossier component'), componentKey);
    for (const [i, sha256] of files.entries()) {
      if (!(await findUpload(tx, sha256))) throw invalidField(`files/${i}`, text('Không tìm thấy tệp này trong các tệp bạn đã tải lên.', 'This file is not among the files you uploaded.'));
    }
    const scanned = [...new Set([...component.files, ...files])];
    const items = row.components.items.map((c) => (c.key === componentKey ? { ...c, files: scanned } : c));
    const changes = { components: { ...row.components, items } };
    await store.updateDossier(tx.db, tx.provinceCode, row.id, changes, tx.now());
    if (row.applicantNationalId) {
      await putRecord(tx, row.applicantNationalId, {
        type: scanRecordType(componentKey),
        data: { name: component.name.vi, files: scanned, dossierCode: row.code, digitisedAt: tx.now().toISOString() },
        source: `Số hóa từ hồ sơ ${row.code}`,
      });
    }
    await recordChange(tx, row, { ...row, ...changes, rowVersion: row.rowVersion + 1 }, { action: 'digitised', data: { key: componentKey, files } });
  });
  return loadDossierView(ctx, dossierId);
}
