import type { LocalizedText, Problem } from './types';

/** One offending field of a request, as the server names it (`memberships/0/agencyCode`). */
export interface FieldError {
  field: string;
  message: LocalizedText;
}

const NETWORK_MESSAGE: LocalizedText = {
  vi: 'Không kết nối được với máy chủ. Hãy kiểm tra mạng và thử lại.',
  en: 'Could not reach the server. Check the connection and try again.',
};

const UNEXPECTED_MESSAGE: LocalizedText = {
  vi: 'Máy chủ trả lời không như mong đợi. Hãy thử lại sau.',
  en: 'The server gave an unexpected answer. Please try again later.',
};

/**
 * An API failure: the RFC 9457 problem the server sent (or a network failure), with its
 * message in both languages and the errors of each field.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The problem slug: `validation-failed`, `password-change-required`, … or `network`. */
  readonly slug: string;
  readonly messages: LocalizedText;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, slug: string, messages: LocalizedText, fieldErrors: FieldError[] = [], requestId?: string) {
    super(messages.en);
    this.name = 'ApiError';
    this.status = status;
    this.slug = slug;
    this.messages = messages;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
  }

  /** The message in the user's language. */
  messageIn(language: string): string {
    return language.startsWith('en') ? this.messages.en : this.messages.vi;
  }

  static network(): ApiError {
    return new ApiError(0, 'network', NETWORK_MESSAGE);
  }
}

function isLocalized(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).vi === 'string' && typeof (value as LocalizedText).en === 'string';
}

/** Turns an error answer into an ApiError; a body that is not a problem still gives a clear message. */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body !== 'object' || body === null) return new ApiError(status, 'unexpected', UNEXPECTED_MESSAGE);
  const problem = body as Problem;
  const slug = typeof problem.type === 'string' ? problem.type.replace(/^\/problems\//, '') : 'unexpected';
  const messages = isLocalized(problem.message) ? problem.message : UNEXPECTED_MESSAGE;
  const fieldErrors: FieldError[] = (problem.errors ?? []).flatMap((e) =>
    typeof e.field === 'string' && isLocalized(e.message) ? [{ field: e.field, message: e.message }] : [],
  );
  return new ApiError(status, slug, messages, fieldErrors, problem.requestId);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
