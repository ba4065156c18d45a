import type { ServiceContext } from '../../platform/context.js';
import { CHANNELS, STATUSES } from './statuses.js';
import { insertPortalMessage, type DossierRow } from './store.js';
import { applicantName } from './views.js';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** yyyyMMddHHmmss in Vietnam time, the date format of the portal's one-stop messages (verify against Circular 04/2025 annex). */
export function portalTime(instant: Date | null): string | null {
  if (!instant) return null;
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** The whole dossier as DongBoHoSoMC describes it. */
export function dongBoHoSo(d: DossierRow, agencyIdentifier: string): Record<string, unknown> {
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedureCode,
    TenTTHC: d.procedureName,
    MaLinhVuc: d.field,
    ChuHoSo: applicantName(d),
    LoaiDoiTuong: d.applicant.type === 'organisation' ? 2 : 1,
    NgayTiepNhan: portalTime(d.receivedAt ?? d.submittedAt),
    NgayHenTra: portalTime(d.dueAt),
    TrangThaiHoSo: STATUSES[d.status].portal,
    NgayTra: portalTime(d.returnedAt),
    HinhThuc: CHANNELS[d.channel],
    NgayKetThucXuLy: portalTime(d.finishedAt),
    DonViXuLy: agencyIdentifier,
    DanhSachLePhi: d.fees.map((f) => ({ TenPhiLePhi: f.name.vi, MucPhi: f.amount, SoLuong: f.quantity })),
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    TaiLieuNop: d.components.items.filter((c) => c.paper || c.eform || c.files.length > 0 || c.fromRecord).map((c) => ({ TenGiayTo: c.name.vi, SoTep: c.files.length, TuKhoDuLieu: c.fromRecord !== null })),
  };
}

/**
 * Writes the portal messages for a change in the same transaction as the change: progress
 * (CapNhatTienDoHoSoMC) for every event, the whole record (DongBoHoSoMC) when the status
 * changed. The data-sharing module sends them in order; none can be missed.
 */
export async function queuePortalSync(ctx: ServiceContext, d: DossierRow, statusChanged: boolean, progress: { actorName: string; content: string }, agencyIdentifier: string): Promise<void> {
  const now = ctx.now();
  await insertPortalMessage(ctx.db, ctx.provinceCode, d.id, 'CapNhatTienDoHoSoMC', { MaHoSo: d.code, NguoiXuLy: progress.actorName, ThoiDiemXuLy: portalTime(now), NoiDungXuLy: progress.content, TrangThai: STATUSES[d.status].portal }, now);
  if (statusChanged) await insertPortalMessage(ctx.db, ctx.provinceCode, d.id, 'DongBoHoSoMC', dongBoHoSo(d, agencyIdentifier), now);
}
