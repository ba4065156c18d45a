import { definePermission, membershipsGranting } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { forbidden } from '../errors.js';
import { text } from '../i18n.js';

export const readAudit = definePermission('audit.read', ['admin', 'supervisor'], text('Xem nhật ký kiểm tra', 'Read the audit log'));
export const verifyAudit = definePermission('audit.verify', ['admin'], text('Kiểm tra tính toàn vẹn của nhật ký', 'Verify the audit log'));

/** The audit log spans the whole province, so only roles held at a province agency open it. */
export function assertProvinceWide(actor: Actor, permission: typeof readAudit): void {
  if (!membershipsGranting(actor, permission).some((m) => m.level === 'province')) {
    throw forbidden(text('Chỉ cán bộ cấp tỉnh được xem nhật ký kiểm tra.', 'Only province-level staff may open the audit log.'));
  }
}
