import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestApp } from '../../../test/harness.js';
import type { TestClient, TestResponse } from '../../../test/test-client.js';

/** Test support for uploads: sample files of each kind and a multipart request through the app. */

export const samplePdf = (padding = 0): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), Buffer.alloc(padding, 0x20), Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n')]);
/** A 1×1 PNG. */
export const samplePng = (): Buffer => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const sampleJpeg = (): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(100), Buffer.from([0xff, 0xd9])]);
/** A Windows program: what must never pass for a PDF. */
export const sampleExe = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]);

/** A one-entry ZIP archive (stored, no compression). */
export function sampleZip(name = 'to-khai.txt', content = 'Tờ khai'): Buffer {
  const n = Buffer.from(name);
  const data = Buffer.from(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

export interface FileToSend {
  name: string;
  content: Buffer;
  /** The type the client declares (ignored by the server). */
  type?: string;
  /** The form field; `file` unless testing another. */
  field?: string;
}

/** POSTs a multipart/form-data upload as the client (session cookie and CSRF token, if it has them). */
export async function upload(t: TestApp, client: TestClient, file: FileToSend): Promise<TestResponse> {
  const form = new FormData();
  form.append(file.field ?? 'file', new Blob([file.content], { type: file.type ?? 'application/octet-stream' }), file.name);
  // Let the platform's own Request encode the form, boundary and all, as a browser would.
  const encoded = new Request('http://localhost/api/v1/files', { method: 'POST', body: form });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: {
      'content-type': encoded.headers.get('content-type')!,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
    },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  return { status: response.statusCode, headers: response.headers, body: response.json(), text: response.body, bytes: response.rawPayload };
}

/** Every file under the app's file store, relative to it (temporary files included). */
export function storedFiles(t: TestApp): string[] {
  const root = join(t.config.dataDir, 'files');
  const walk = (dir: string): string[] => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name))]));
  };
  return walk(root).sort();
}
