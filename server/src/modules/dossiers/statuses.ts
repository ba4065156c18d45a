import type { LocalizedText } from '../../platform/i18n.js';

/**
 * Dossier statuses, one for each status of the National Public Service Portal
 * (TrangThaiHoSo, DOMAIN.md "Codes"), so every change syncs without translation.
 */
export const STATUSES = {
  submitted: { portal: 1, name: { vi: 'Mới đăng ký', en: 'Submitted' } },
  received: { portal: 2, name: { vi: 'Đã tiếp nhận', en: 'Received' } },
  rejected: { portal: 3, name: { vi: 'Không được tiếp nhận', en: 'Not accepted' } },
  processing: { portal: 4, name: { vi: 'Đang xử lý', en: 'Being processed' } },
  supplement_requested: { portal: 5, name: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' } },
  awaiting_payment: { portal: 6, name: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting payment' } },
  withdrawn: { portal: 7, name: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' } },
  stopped: { portal: 8, name: { vi: 'Dừng xử lý', en: 'Processing stopped' } },
  processed: { portal: 9, name: { vi: 'Đã xử lý xong', en: 'Processed' } },
  returned: { portal: 10, name: { vi: 'Đã trả kết quả', en: 'Result returned' } },
} as const satisfies Record<string, { portal: number; name: LocalizedText }>;

export type DossierStatus = keyof typeof STATUSES;
export const STATUS_LIST = Object.keys(STATUSES) as DossierStatus[];

/** Statuses in which nothing more happens to the dossier. */
export const FINAL_STATUSES: readonly DossierStatus[] = ['rejected', 'withdrawn', 'stopped', 'returned'];

/** Statuses in which the clock stops: the agency waits for the applicant (DOMAIN.md "Deadlines"). */
export const PAUSED_STATUSES: readonly DossierStatus[] = ['supplement_requested', 'awaiting_payment'];

/** Statuses that end processing, for the on-time measure (Decision 766/QĐ-TTg, indicator 2.1). */
export const PROCESSING_ENDED: readonly DossierStatus[] = ['processed', 'returned', 'rejected', 'stopped', 'withdrawn'];

/** How a dossier arrived (KenhThucHien). */
export const CHANNELS = { in_person: 1, online: 2, post: 3 } as const;
export type Channel = keyof typeof CHANNELS;

/** Where the applicant collects the result. */
export const RETURN_CHANNELS = ['receiving_desk', 'competent_desk', 'post', 'online'] as const;
export type ReturnChannel = (typeof RETURN_CHANNELS)[number];
