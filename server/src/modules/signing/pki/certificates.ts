import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * A certificate serial number as we write it everywhere (keys, documents, verification):
 * lower-case hex without leading zeros, whatever padding the DER integer or a tool used.
 */
export const normalSerial = (hex: string): string => hex.toLowerCase().replace(/^0+(?=.)/, '');

/** A certificate and its private key, PEM-encoded. */
export interface KeyPair {
  certPem: string;
  keyPem: string;
}

export interface AgencyIdentity {
  agencyCode: string;
  agencyName: string;
  provinceName: string;
}

const utf8 = forge.asn1.Type.UTF8;

function newKeys(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey; keyPem: string } {
  // Node's native generator: node-forge's pure-JS one takes seconds for 2048 bits.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const key = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e), keyPem: privateKey };
}

/** A random positive serial number (RFC 5280 §4.1.2.2: at most 20 octets, positive). */
const serial = (): string => `01${randomBytes(15).toString('hex')}`;

function years(from: Date, count: number): Date {
  const to = new Date(from);
  to.setUTCFullYear(to.getUTCFullYear() + count);
  return to;
}

/**
 * A self-signed certificate authority for development, demos and tests (`motcua pki init`).
 * Production signs with certificates from the government's CA on tokens or through a
 * remote signing service; this CA is named so that nobody mistakes it for one.
 */
export function createCertificateAuthority(provinceName: string, now: Date): KeyPair {
  const keys = newKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = years(now, 10);
  const subject = [
    { name: 'commonName', value: `motcua CA thử nghiệm — ${provinceName}`, valueTagClass: utf8 },
    { name: 'organizationName', value: 'motcua (không dùng cho giao dịch thật / not for real use)', valueTagClass: utf8 },
    { name: 'countryName', value: 'VN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem };
}

/** A signing certificate for an agency, issued by the CA, valid `validityYears`. */
export function issueAgencyCertificate(ca: KeyPair, agency: AgencyIdentity, now: Date, validityYears = 3): KeyPair & { serial: string } {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const keys = newKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = years(now, validityYears);
  cert.setSubject([
    { name: 'commonName', value: agency.agencyName, valueTagClass: utf8 },
    { name: 'organizationName', value: agency.provinceName, valueTagClass: utf8 },
    { shortName: 'OU', value: agency.agencyCode, valueTagClass: utf8 },
    { name: 'countryName', value: 'VN' },
  ] as forge.pki.CertificateField[]);
  // Parsed attribute values are UTF-8 byte strings; handing them back as UTF8String would
  // encode them twice and the issuer would no longer match the CA's subject.
  cert.setIssuer(caCert.subject.attributes.map((a) => ((a.valueTagClass as unknown) === utf8 && typeof a.value === 'string' ? { ...a, value: forge.util.decodeUtf8(a.value) } : a)));
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    // E-mail protection is what PDF verifiers built on NSS (poppler's pdfsig) ask of a signer;
    // 1.3.6.1.4.1.311.10.3.12 is "document signing".
    { name: 'extKeyUsage', emailProtection: true, '1.3.6.1.4.1.311.10.3.12': true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem, serial: cert.serialNumber };
}

/** A PKCS#12 file holding the key, its certificate and the chain, protected by `passphrase`. */
export function toPkcs12(pair: KeyPair, chainPems: string[], passphrase: string, friendlyName: string): Buffer {
  const key = forge.pki.privateKeyFromPem(pair.keyPem);
  const certs = [pair.certPem, ...chainPems].map((pem) => forge.pki.certificateFromPem(pem));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, passphrase, { algorithm: '3des', friendlyName });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** Opens a PKCS#12 file: the private key, the end-entity certificate, and the rest of the chain. */
export function fromPkcs12(der: Buffer, passphrase: string): KeyPair & { chainPems: string[] } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der.toString('binary')), passphrase);
  const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag!;
  const certOid = forge.pki.oids.certBag!;
  const keyBag = p12.getBags({ bagType: keyOid })[keyOid]?.[0];
  const certBags: forge.pkcs12.Bag[] = p12.getBags({ bagType: certOid })[certOid] ?? [];
  if (!keyBag?.key) throw new Error('the PKCS#12 file holds no private key');
  const certs: forge.pki.Certificate[] = certBags.flatMap((b) => (b.cert ? [b.cert] : []));
  const keyPem = forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key)));
  const publicPem = forge.pki.publicKeyToPem(forge.pki.setRsaPublicKey((keyBag.key as forge.pki.rsa.PrivateKey).n, (keyBag.key as forge.pki.rsa.PrivateKey).e));
  const own = certs.find((c) => forge.pki.publicKeyToPem(c.publicKey) === publicPem);
  if (!own) throw new Error('the PKCS#12 file holds no certificate for its key');
  return { keyPem, certPem: forge.pki.certificateToPem(own), chainPems: certs.filter((c) => c !== own).map((c) => forge.pki.certificateToPem(c)) };
}
