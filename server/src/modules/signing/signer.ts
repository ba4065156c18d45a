import { createHash, createPrivateKey, sign as rsaSign } from 'node:crypto';
import { fromPkcs12 } from './pki/certificates.js';
import { callSigningService } from './unavailable.js';

/**
 * Something that can sign for an agency: a key in a PKCS#12 file, a hardware token, or a
 * remote signing service. It produces an RSASSA-PKCS1-v1_5 signature with SHA-256 over the
 * bytes it is given (the DER of the CMS signed attributes) and tells its certificate chain.
 */
export interface DocumentSigner {
  /** DER certificates, the signer's own first. */
  certificateChain(): Promise<Buffer[]>;
  sign(data: Buffer): Promise<Buffer>;
}

/** Signs with a key held in a PKCS#12 file (development, tests, or a soft certificate). */
export class Pkcs12Signer implements DocumentSigner {
  private readonly key;
  private readonly chain: Buffer[];

  constructor(p12: Buffer, passphrase: string) {
    const opened = fromPkcs12(p12, passphrase);
    this.key = createPrivateKey(opened.keyPem);
    this.chain = [opened.certPem, ...opened.chainPems].map(pemToDer);
  }

  async certificateChain(): Promise<Buffer[]> {
    return this.chain;
  }

  async sign(data: Buffer): Promise<Buffer> {
    return rsaSign('sha256', data, this.key);
  }
}

export interface RemoteSignerOptions {
  /** The service's address, e.g. https://ky-so.example.vn/api/v1. */
  url: string;
  /** The key (certificate) to sign with at the service. */
  keyId: string;
  /** A bearer token for the service. */
  token: string;
  fetch?: typeof fetch;
}

/**
 * The shape of a remote signing service or a hardware-token bridge: the platform sends the
 * SHA-256 digest to sign (`POST {url}/sign {keyId, algorithm, digest}` → `{signature}`),
 * never the document; the certificate chain comes from `GET {url}/certificates?keyId=`.
 * Vietnamese remote-signing services (SmartCA-style) work this way; an adapter maps their
 * API onto these two calls.
 */
export class RemoteSigner implements DocumentSigner {
  private chain: Buffer[] | undefined;

  constructor(private readonly options: RemoteSignerOptions) {}

  private get fetch(): typeof fetch {
    return this.options.fetch ?? fetch;
  }

  async certificateChain(): Promise<Buffer[]> {
    if (!this.chain) {
      const response = await callSigningService('signer', 'certificates', () =>
        this.fetch(`${this.options.url}/certificates?keyId=${encodeURIComponent(this.options.keyId)}`, { headers: { authorization: `Bearer ${this.options.token}` } }),
      );
      const body = (await response.json()) as { certificates: string[] };
      this.chain = body.certificates.map((c) => Buffer.from(c, 'base64'));
    }
    return this.chain;
  }

  async sign(data: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(data).digest('base64');
    const response = await callSigningService('signer', 'sign', () =>
      this.fetch(`${this.options.url}/sign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ keyId: this.options.keyId, algorithm: 'RSASSA-PKCS1-v1_5-SHA256', digest }),
      }),
    );
    return Buffer.from(((await response.json()) as { signature: string }).signature, 'base64');
  }
}

export function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
