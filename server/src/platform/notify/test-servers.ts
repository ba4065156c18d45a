import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** Test support: a real SMTP server and a fake SMS gateway, on ephemeral local ports. */

export interface TestSmtp {
  url: string;
  messages: Array<ParsedMail & { envelopeTo: string[] }>;
  /** How many of the next recipients to refuse with a temporary error (451). */
  refuseNext: number;
  close(): Promise<void>;
}

export async function startSmtp(credentials = { user: 'motcua', pass: 'mật-khẩu-thử' }): Promise<TestSmtp> {
  const state: TestSmtp = { url: '', messages: [], refuseNext: 0, close: async () => {} };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no TLS certificate to make, but the login is still checked.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      if (state.refuseNext > 0) {
        state.refuseNext -= 1;
        callback(Object.assign(new Error('Hộp thư tạm thời không nhận thư'), { responseCode: 451 }));
      } else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          state.messages.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://${credentials.user}:${encodeURIComponent(credentials.pass)}@127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

export interface TestGateway {
  url: string;
  requests: Array<{ headers: IncomingHttpHeaders; body: string }>;
  /** Status to answer with (200 unless a test wants the gateway down). */
  status: number;
  close(): Promise<void>;
}

export async function startGateway(): Promise<TestGateway> {
  const state: TestGateway = { url: '', requests: [], status: 200, close: async () => {} };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(state.status, { 'content-type': 'application/json' }).end(state.status === 200 ? '{"ok":true}' : '{"error":"quá tải"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
