import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { Problem } from '../errors.js';
import { text } from '../i18n.js';

/** The media types accepted as uploads: scanned documents and photos of them. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
/** One of the accepted media types. */
export type AcceptedType = (typeof ACCEPTED_TYPES)[number];

/** Enough of the start of a file for file-type to recognise every format it knows. */
const SAMPLE_BYTES = 4100;

/**
 * Passes content through while reading its type from its first bytes (magic numbers, with
 * the `file-type` package): the name's extension and the type the client declared are not
 * evidence. Content of any other type fails the stream with a 415 problem before more of
 * it is written anywhere.
 */
export class TypeSniffer extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private decided = false;
  /** The detected type, once known. */
  mediaType: AcceptedType | undefined;

  constructor(private readonly filename: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decided) return callback(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SAMPLE_BYTES) return callback();
    this.decide().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.decided) return callback();
    this.decide().then(() => callback(), callback);
  }

  private async decide(): Promise<void> {
    const sample = Buffer.concat(this.head);
    const detected = await detect(sample.subarray(0, SAMPLE_BYTES));
    if (!isAccepted(detected?.mime)) throw unsupportedType(this.filename, detected);
    this.mediaType = detected.mime;
    this.decided = true;
    this.head = [];
    this.push(sample);
  }
}

async function detect(sample: Buffer): Promise<{ ext: string; mime: string } | undefined> {
  try {
    return await fileTypeFromBuffer(sample);
  } catch {
    // A malformed container can make a parser give up: it is no type we accept either.
    return undefined;
  }
}

const isAccepted = (mime: string | undefined): mime is AcceptedType => (ACCEPTED_TYPES as readonly string[]).includes(mime ?? '');

function unsupportedType(filename: string, detected: { ext: string; mime: string } | undefined): Problem {
  const what = detected
    ? text(`có nội dung kiểu ${detected.mime} (.${detected.ext})`, `contains ${detected.mime} (.${detected.ext})`)
    : text('có nội dung không nhận ra được (văn bản thuần hoặc định dạng lạ)', 'has content of no recognised type (plain text or an unknown format)');
  const message = text(
    `Tệp «${filename}» ${what.vi}. Chỉ nhận tệp PDF, JPEG, PNG hoặc WebP; loại tệp được xác định theo nội dung, không theo tên tệp.`,
    `The file '${filename}' ${what.en}. Only PDF, JPEG, PNG or WebP files are accepted; the type is read from the content, not from the name.`,
  );
  return new Problem('unsupported-media-type', message, [{ field: 'file', in: 'body', message }], { detectedType: detected?.mime ?? null, accepted: ACCEPTED_TYPES });
}
