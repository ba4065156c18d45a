/**
 * Independent tools that check our signatures in tests: poppler's `pdfsig` (with an NSS
 * database trusting our test CA), `openssl cms -verify`, and an RFC 3161 time-stamping
 * authority answered by `openssl ts -reply`. CI installs poppler-utils and libnss3-tools.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyPair } from '../src/modules/signing/pki/certificates.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'motcua-pki-'));

export interface PdfsigReport {
  output: string;
  /** "Signature is Valid." */
  signatureValid: boolean;
  /** "Certificate is Trusted." */
  certificateTrusted: boolean;
}

/** An NSS database that trusts `caPem` for e-mail and documents (what pdfsig asks). */
export function nssDatabaseTrusting(caPem: string): string {
  const dir = scratch();
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  writeFileSync(join(dir, 'ca.pem'), caPem);
  execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', 'motcua-test-ca', '-t', 'CT,C,C', '-a', '-i', join(dir, 'ca.pem')]);
  return dir;
}

/** Runs `pdfsig` on the PDF (with an NSS database when given). */
export function pdfsig(pdf: Buffer, nssDir?: string): PdfsigReport {
  const file = join(scratch(), 'document.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('pdfsig', [...(nssDir ? ['-nssdir', `sql:${nssDir}`] : []), file], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  return { output, signatureValid: /Signature Validation: Signature is Valid\./.test(output), certificateTrusted: /Certificate Validation: Certificate is Trusted\./.test(output) };
}

/** The DER object at the start of /Contents, without the zeros that pad the placeholder. */
function withoutPadding(contents: Buffer): Buffer {
  const first = contents[1]!;
  if (first < 0x80) return contents.subarray(0, 2 + first);
  const octets = first & 0x7f;
  return contents.subarray(0, 2 + octets + contents.subarray(2, 2 + octets).readUIntBE(0, octets));
}

/**
 * `openssl cms -verify` on the PDF's signature: the CMS from /Contents, the content the
 * byte range covers, the CA as trust anchor. Returns whether openssl says it verifies.
 */
export function opensslCmsVerify(pdf: Buffer, caPem: string): { ok: boolean; output: string } {
  const text = pdf.toString('latin1');
  const match = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].at(-1);
  if (!match) return { ok: false, output: 'no /ByteRange' };
  const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
  const dir = scratch();
  writeFileSync(join(dir, 'signature.der'), withoutPadding(Buffer.from(text.slice(a + b + 1, c - 1), 'hex')));
  writeFileSync(join(dir, 'content.bin'), Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]));
  writeFileSync(join(dir, 'ca.pem'), caPem);
  const run = spawnSync(
    'openssl',
    ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'signature.der'), '-content', join(dir, 'content.bin'), '-CAfile', join(dir, 'ca.pem'), '-purpose', 'any', '-out', join(dir, 'out.bin')],
    { encoding: 'utf8' },
  );
  const output = `${run.stdout}${run.stderr}`;
  return { ok: run.status === 0 && /Verification successful/.test(output), output };
}

/** A time-stamping authority on localhost, certified by `ca`, answering with `openssl ts -reply`. */
export async function startTimeStampingAuthority(ca: KeyPair): Promise<{ url: string; certPem: string; requests: () => number; close: () => Promise<void> }> {
  const dir = scratch();
  writeFileSync(join(dir, 'ca.pem'), ca.certPem);
  writeFileSync(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600 });
  writeFileSync(join(dir, 'ext.cnf'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n');
  execFileSync('openssl', ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'tsa.key'), '-subj', '/CN=motcua test TSA/O=motcua tests', '-out', join(dir, 'tsa.csr')], { stdio: 'ignore' });
  execFileSync('openssl', ['x509', '-req', '-in', join(dir, 'tsa.csr'), '-CA', join(dir, 'ca.pem'), '-CAkey', join(dir, 'ca.key'), '-CAcreateserial', '-days', '30', '-sha256', '-extfile', join(dir, 'ext.cnf'), '-out', join(dir, 'tsa.pem')], { stdio: 'ignore' });
  writeFileSync(
    join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = test_tsa',
      '[ test_tsa ]',
      `serial = ${join(dir, 'serial')}`,
      'crypto_device = builtin',
      `signer_cert = ${join(dir, 'tsa.pem')}`,
      `certs = ${join(dir, 'ca.pem')}`,
      `signer_key = ${join(dir, 'tsa.key')}`,
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'digests = sha256',
      'accuracy = secs:1',
      'ordering = no',
      'tsa_name = no',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'serial'), '01\n');
  let count = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      count += 1;
      const query = join(dir, `q${count}.tsq`);
      const reply = join(dir, `r${count}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      const run = spawnSync('openssl', ['ts', '-reply', '-config', join(dir, 'tsa.cnf'), '-queryfile', query, '-out', reply]);
      if (run.status !== 0) {
        response.writeHead(500).end(String(run.stderr));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    certPem: readFileSync(join(dir, 'tsa.pem'), 'utf8'),
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The text of a PDF as poppler's `pdftotext` reads it (what a screen reader or a search
 * finds), with runs of white space as one space so wrapped lines still read as one.
 */
export function pdfText(pdf: Buffer): string {
  const file = join(scratch(), 'document.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
