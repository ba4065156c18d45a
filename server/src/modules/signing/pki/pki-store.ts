import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyPair } from './certificates.js';

/**
 * The local PKI on disk: the test CA (`ca.cert.pem`, `ca.key.pem`, readable by the server
 * account only) and agencies' PKCS#12 files (`agencies/<agency>-<serial>.p12`).
 */
export class PkiStore {
  constructor(readonly dir: string) {}

  hasCa(): boolean {
    return existsSync(join(this.dir, 'ca.cert.pem')) && existsSync(join(this.dir, 'ca.key.pem'));
  }

  readCa(): KeyPair {
    return { certPem: readFileSync(join(this.dir, 'ca.cert.pem'), 'utf8'), keyPem: readFileSync(join(this.dir, 'ca.key.pem'), 'utf8') };
  }

  /** The CA certificate only (for trust), when there is one. */
  caCertificatePem(): string | undefined {
    const path = join(this.dir, 'ca.cert.pem');
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  writeCa(ca: KeyPair): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'ca.cert.pem'), ca.certPem);
    writeFileSync(join(this.dir, 'ca.key.pem'), ca.keyPem, { mode: 0o600 });
  }

  /** Stores an agency's PKCS#12 file; returns its reference (relative path). */
  writeAgencyP12(agencyCode: string, serial: string, p12: Buffer): string {
    const relative = join('agencies', `${agencyCode}-${serial}.p12`);
    mkdirSync(join(this.dir, 'agencies'), { recursive: true });
    writeFileSync(join(this.dir, relative), p12, { mode: 0o600 });
    return relative;
  }

  readP12(relative: string): Buffer {
    return readFileSync(join(this.dir, relative));
  }
}
