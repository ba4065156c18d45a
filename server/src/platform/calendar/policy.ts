import { definePermission } from '../auth/access.js';
import { text } from '../i18n.js';

/** Record the Government's yearly decisions on days off and make-up working days. */
export const manageCalendar = definePermission('calendar.manage', ['admin'], text('Cập nhật lịch ngày nghỉ, ngày làm bù', 'Set days off and make-up working days'));
