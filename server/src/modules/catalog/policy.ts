import { definePermission, publicAccess } from '../../platform/auth/access.js';
import { text } from '../../platform/i18n.js';

/** The catalog is public by law (Decree 118/2025: procedures are publicly disclosed). */
export const readCatalog = publicAccess;

/** Publish procedures and new versions, import the catalog; province administrators only. */
export const manageCatalog = definePermission('catalog.manage', ['admin'], text('Quản lý danh mục thủ tục hành chính', 'Manage the procedure catalog'));
