import i18n from '../i18n';
import { ApiError, toApiError } from './errors';
import type { paths } from './schema.gen';
import { getCsrfToken } from './session-token';

/** What the server answers for an upload: the content address a dossier component refers to. */
export type UploadedFile = paths['/api/v1/files']['post']['responses'][201]['content']['application/json'];

/** The types the server accepts (it reads the type from the content, not the name). */
export const ACCEPTED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const ACCEPT_ATTRIBUTE = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

export interface UploadOptions {
  /** 0–100 as the bytes go out. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Uploads one file (multipart field `file`) to `POST /api/v1/files`. XMLHttpRequest rather
 * than fetch, because only it reports upload progress; it sends the same language and CSRF
 * headers as the API client, and failures are ApiErrors like every other call.
 */
export function uploadFile(file: File, options: UploadOptions = {}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/files');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as UploadedFile);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}
