import { text, type LocalizedText } from './i18n.js';

/** Where an offending value was in the request. */
export type FieldLocation = 'body' | 'query' | 'params' | 'headers';

export interface FieldError {
  /** JSON-pointer-like path of the field, e.g. `nationalId` or `memberships/0/role`. */
  field: string;
  in: FieldLocation;
  message: LocalizedText;
}

/**
 * Every kind of problem the API reports, with its HTTP status and title. The slug is the
 * stable `type` of RFC 9457 responses (`/problems/<slug>`); docs/api/problems.md lists them.
 */
export const problemTypes = {
  'validation-failed': { status: 400, title: text('Dữ liệu không hợp lệ', 'Invalid input') },
  'malformed-request': { status: 400, title: text('Yêu cầu không đúng định dạng', 'Malformed request') },
  'invalid-cursor': { status: 400, title: text('Con trỏ phân trang không hợp lệ', 'Invalid pagination cursor') },
  unauthenticated: { status: 401, title: text('Chưa đăng nhập', 'Not signed in') },
  'invalid-credentials': { status: 401, title: text('Sai thông tin đăng nhập', 'Wrong login or password') },
  forbidden: { status: 403, title: text('Không có quyền', 'Forbidden') },
  'password-change-required': { status: 403, title: text('Cần đổi mật khẩu', 'Password change required') },
  'csrf-failed': { status: 403, title: text('Thiếu hoặc sai mã chống giả mạo (CSRF)', 'Missing or wrong CSRF token') },
  'account-locked': { status: 423, title: text('Tài khoản tạm khóa', 'Account temporarily locked') },
  'not-found': { status: 404, title: text('Không tìm thấy', 'Not found') },
  conflict: { status: 409, title: text('Xung đột dữ liệu', 'Conflict') },
  'idempotency-key-reused': { status: 422, title: text('Khóa chống trùng lặp đã dùng cho yêu cầu khác', 'Idempotency key reused for a different request') },
  'idempotency-in-progress': { status: 409, title: text('Yêu cầu cùng khóa đang được xử lý', 'A request with this key is in progress') },
  'payload-too-large': { status: 413, title: text('Dữ liệu gửi lên quá lớn', 'Payload too large') },
  'unsupported-media-type': { status: 415, title: text('Kiểu nội dung không được hỗ trợ', 'Unsupported media type') },
  'rate-limited': { status: 429, title: text('Quá nhiều yêu cầu', 'Too many requests') },
  'internal-error': { status: 500, title: text('Lỗi hệ thống', 'Internal error') },
  'service-unavailable': { status: 503, title: text('Dịch vụ tạm thời không sẵn sàng', 'Service unavailable') },
} as const satisfies Record<string, { status: number; title: LocalizedText }>;

export type ProblemSlug = keyof typeof problemTypes;

/** An error that becomes an RFC 9457 problem response; thrown by services and routes. */
export class Problem extends Error {
  readonly status: number;

  constructor(
    readonly slug: ProblemSlug,
    readonly detail: LocalizedText,
    readonly errors: FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail.en);
    this.status = problemTypes[slug].status;
  }
}

/** One invalid field: a 400 naming it. */
export function invalidField(field: string, message: LocalizedText, location: FieldLocation = 'body'): Problem {
  return new Problem('validation-failed', message, [{ field, in: location, message }]);
}

export function notFound(what: LocalizedText, id: string): Problem {
  return new Problem('not-found', text(`Không tìm thấy ${what.vi} «${id}».`, `No ${what.en} '${id}'.`));
}

export function conflict(detail: LocalizedText, extensions: Record<string, unknown> = {}): Problem {
  return new Problem('conflict', detail, [], extensions);
}

export function forbidden(detail: LocalizedText = text('Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.')): Problem {
  return new Problem('forbidden', detail);
}

export function unauthenticated(): Problem {
  return new Problem('unauthenticated', text('Vui lòng đăng nhập để tiếp tục.', 'Please sign in to continue.'));
}
