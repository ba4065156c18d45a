import { definePermission } from '../auth/access.js';
import { text } from '../i18n.js';

export const readAudit = definePermission('audit.read', ['admin', 'supervisor'], text('Xem nhật ký kiểm tra', 'Read the audit log'));
export const verifyAudit = definePermission('audit.verify', ['admin'], text('Kiểm tra tính toàn vẹn của nhật ký', 'Verify the audit log'));
