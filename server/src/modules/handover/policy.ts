import { definePermission } from '../../platform/auth/access.js';
import { text } from '../../platform/i18n.js';

/**
 * Run the hand-over of legacy dossiers and decide the review queue: province
 * administrators (routes declare `provinceWide`), since the hand-over spans every commune.
 */
export const manageHandover = definePermission('handover.manage', ['admin'], text('Chuyển giao hồ sơ của đơn vị hành chính cũ', 'Hand over the dossiers of former units'));

/** Read the hand-over reports: province administrators and supervisors. */
export const readHandoverReports = definePermission('handover.report', ['admin', 'supervisor'], text('Xem báo cáo chuyển giao hồ sơ', 'Read the hand-over reports'));
