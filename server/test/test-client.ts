import type { App } from '../src/platform/http/fastify-types.js';

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
  /** The body as bytes (PDFs). */
  bytes: Buffer;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Talks to the app over its HTTP interface (Fastify's inject: the full request pipeline
 * without a socket), carrying a session cookie and CSRF token like the web app does.
 */
export class TestClient {
  constructor(
    private readonly app: App,
    readonly cookie?: string,
    readonly csrfToken?: string,
  ) {}

  static async signIn(app: App, login: string, password: string): Promise<TestClient> {
    const response = await new TestClient(app).post('/api/v1/auth/login', { login, password });
    if (response.status !== 200) throw new Error(`sign-in as ${login} failed: ${response.status} ${response.text}`);
    const setCookie = ([] as string[]).concat((response.headers['set-cookie'] as string | string[] | undefined) ?? []);
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    return new TestClient(app, cookie, response.body.csrfToken);
  }

  /** The same session without its CSRF token (to test that it is required). */
  withoutCsrf(): TestClient {
    return new TestClient(this.app, this.cookie);
  }

  async request<T = any>(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) } : {}),
    });
    const text = response.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.statusCode, headers: response.headers, body: parsed as T, text, bytes: response.rawPayload };
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body ?? {}, headers);
  }
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', url, body ?? {}, headers);
  }
  patch<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', url, body ?? {}, headers);
  }
  delete<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', url, undefined, headers);
  }
}
