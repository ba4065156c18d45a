import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Problem, problemTypes, type FieldLocation } from '../errors.js';
import { preferredLanguage, text } from '../i18n.js';
import { toFieldError, type SchemaError } from './validation-messages.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/**
 * Writes an RFC 9457 problem: `title` and `detail` in the language the request prefers,
 * `message` in both languages, and `errors` naming each offending field.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  const language = preferredLanguage(request.headers['accept-language']);
  const title = problemTypes[problem.slug].title;
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({
      type: `/problems/${problem.slug}`,
      title: title[language],
      status: problem.status,
      detail: problem.detail[language],
      instance: request.url.split('?')[0],
      message: problem.detail,
      ...(problem.errors.length > 0 ? { field: problem.errors[0]!.field, errors: problem.errors } : {}),
      requestId: request.id,
      ...problem.extensions,
    });
}

/** Maps any error that reaches Fastify onto a problem; unexpected ones become a logged 500. */
export function toProblem(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof Problem) return error;
  const e = error as FastifyError & { validationContext?: string };
  if (e.validation) {
    const location = locationOf(e.validationContext);
    // One message per field: alternatives (anyOf) report every branch, which says nothing more.
    const errors = (e.validation as unknown as SchemaError[]).map((v) => toFieldError(v, location));
    const unique = errors.filter((error, i) => errors.findIndex((other) => other.field === error.field) === i);
    return new Problem('validation-failed', text('Dữ liệu gửi lên có trường không hợp lệ.', 'Some fields of the request are not valid.'), unique);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem('payload-too-large', text('Dữ liệu gửi lên vượt quá giới hạn cho phép.', 'The request body exceeds the allowed size.'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem(
        'unsupported-media-type',
        text(
          `Kiểu nội dung «${request.headers['content-type'] ?? ''}» không được hỗ trợ; hãy gửi application/json.`,
          `Content type '${request.headers['content-type'] ?? ''}' is not supported; send application/json.`,
        ),
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem('malformed-request', text('Thân yêu cầu JSON đang trống.', 'The JSON body is empty.'));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new Problem('malformed-request', text('Độ dài nội dung không khớp.', 'Content length does not match the body.'));
  }
  if (e.statusCode === 429) {
    return new Problem('rate-limited', text('Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau ít phút.', 'Too many requests; please try again in a few minutes.'));
  }
  if (e instanceof SyntaxError || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (e.statusCode === 400 && /JSON/i.test(e.message))) {
    return new Problem('malformed-request', text('Thân yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.'));
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new Problem('malformed-request', text(`Yêu cầu không hợp lệ: ${e.message}`, `Bad request: ${e.message}`));
  }
  return new Problem('internal-error', text('Đã có lỗi hệ thống; vui lòng thử lại hoặc báo mã yêu cầu cho quản trị viên.', 'Something went wrong; please retry or give the request id to an administrator.'));
}

function locationOf(context: string | undefined): FieldLocation {
  switch (context) {
    case 'querystring':
      return 'query';
    case 'params':
      return 'params';
    case 'headers':
      return 'headers';
    default:
      return 'body';
  }
}
