import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { signedIn } from '../auth/access.js';
import type { Config } from '../config.js';
import { invalidField, Problem } from '../errors.js';
import type { App } from '../http/fastify-types.js';
import { text } from '../i18n.js';
import { saveUpload, uploadSettings, type UploadSettings } from './service.js';
import { tooLarge } from './size-limit.js';
import { ACCEPTED_TYPES } from './sniff.js';

const UploadedFile = Type.Object({
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Content address: what a dossier component refers to' }),
  size: Type.Integer({ description: 'Bytes' }),
  mediaType: Type.Union(ACCEPTED_TYPES.map((t) => Type.Literal(t))),
  filename: Type.String(),
});

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

/**
 * Uploading files (attachments of dossiers, scans): one multipart field `file`, streamed to
 * the content-addressed store. The multipart parser is registered in this scope only, so
 * every other route keeps answering 415 to multipart bodies.
 */
export async function fileRoutes(app: App, config: Pick<Config, 'dataDir' | 'uploadLimit'>): Promise<void> {
  const settings = uploadSettings(config);
  await app.register(async (scope) => {
    // busboy stops one byte past the limit; our own SizeLimit turns that into a 413.
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { files: 1, fields: 10, fieldSize: 1024, parts: 11, fileSize: settings.limit + 1 } });
    (scope as App).post('/files', {
      schema: {
        tags: ['files'],
        summary: 'Upload a file (PDF, JPEG, PNG or WebP) as multipart/form-data field `file`',
        description: `The type is read from the content; anything else is a 415. Larger than ${config.uploadLimit} bytes is a 413. Uploading the same content again answers the same sha256.`,
        consumes: ['multipart/form-data'],
        response: { 201: UploadedFile },
      },
      config: { access: signedIn },
      handler: async (request, reply) => {
        const upload = await receive(request, settings);
        reply.code(201);
        return upload;
      },
    });
  });
}

async function receive(request: FastifyRequest, settings: UploadSettings) {
  if (!request.isMultipart()) {
    throw new Problem(
      'unsupported-media-type',
      text('Hãy gửi tệp dạng multipart/form-data, trong trường «file».', "Send the file as multipart/form-data, in the field 'file'."),
    );
  }
  // Refuse at once what announces itself as too large, rather than read it all first.
  if (Number(request.headers['content-length'] ?? 0) > settings.limit + ENVELOPE_BYTES) throw tooLarge(settings.limit);
  const part = await request.file();
  const missing = text('Chưa chọn tệp: hãy gửi tệp trong trường «file».', "No file: send it in the field 'file'.");
  if (!part) throw invalidField('file', missing);
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw invalidField('file', missing);
  }
  try {
    return await saveUpload(request.ctx, { filename: part.filename, declaredType: part.mimetype, stream: part.file }, settings);
  } catch (error) {
    if (error instanceof Problem) throw error;
    // The body ended in the middle of the file: a broken request, not our failure.
    if (error instanceof Error && /terminated early|Unexpected end|aborted|premature close/i.test(error.message)) {
      throw new Problem('malformed-request', text('Tệp gửi lên bị ngắt giữa chừng.', 'The upload was cut off.'));
    }
    throw error;
  }
}
