import { Transform, type TransformCallback } from 'node:stream';
import { Problem } from '../errors.js';
import { text } from '../i18n.js';

/** Passes at most `limit` bytes through; one more fails the stream with a 413 problem. */
export class SizeLimit extends Transform {
  private seen = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) return callback(tooLarge(this.limit));
    callback(null, chunk);
  }
}

/** The problem for an upload over the limit, stated in megabytes. */
export function tooLarge(limit: number): Problem {
  const mb = (limit / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  const mbEn = (limit / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const message = text(`Tệp vượt quá dung lượng cho phép (${mb} MB).`, `The file is larger than allowed (${mbEn} MB).`);
  return new Problem('payload-too-large', message, [{ field: 'file', in: 'body', message }], { limit });
}
