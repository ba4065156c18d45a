import { X509Certificate } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { Problem } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import { findCurrentUnit } from '../units/service.js';
import { createCertificateAuthority, fromPkcs12, issueAgencyCertificate, normalSerial, toPkcs12 } from './pki/certificates.js';
import { PkiStore } from './pki/pki-store.js';
import type { SigningSettings } from './settings.js';
import { Pkcs12Signer, RemoteSigner, type DocumentSigner } from './signer.js';
import { activeKey, deactivateKeys, insertKey, type SigningKeyRow } from './store.js';

/** Creates the local test CA if there is none (`motcua pki init`); returns whether it did. */
export async function ensureCertificateAuthority(ctx: ServiceContext, settings: SigningSettings): Promise<boolean> {
  const pki = new PkiStore(settings.pkiDir);
  if (pki.hasCa()) return false;
  const province = await findCurrentUnit(ctx, ctx.provinceCode);
  pki.writeCa(createCertificateAuthority(province?.name ?? ctx.provinceCode, ctx.now()));
  await recordAudit(ctx, { action: 'pki.ca_created', entityType: 'pki', entityId: ctx.provinceCode });
  return true;
}

/**
 * Records a key for an agency — a PKCS#12 file already written under the PKI folder, or a
 * remote signer — and makes it the agency's only active key: a newly installed key must win
 * over an older one, even over a test certificate that happens to expire later.
 */
export async function registerKey(ctx: ServiceContext, agencyCode: string, certPem: string, keyRef: string): Promise<SigningKeyRow> {
  const cert = new X509Certificate(certPem);
  const row: SigningKeyRow = {
    provinceCode: ctx.provinceCode,
    agencyCode,
    serial: normalSerial(cert.serialNumber),
    subject: cert.subject,
    certificate: certPem,
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    keyRef,
    active: true,
    createdAt: ctx.now(),
  };
  await withTransaction(ctx, async (tx) => {
    await deactivateKeys(tx.db, ctx.provinceCode, agencyCode);
    await insertKey(tx.db, row);
    await recordAudit(tx, { action: 'pki.key_registered', entityType: 'agency', entityId: agencyCode, after: { serial: row.serial, subject: row.subject, notAfter: row.notAfter.toISOString(), keyRef: keyRef.split(':')[0] } });
  });
  return row;
}

/**
 * Installs an agency's key issued by a real CA (a PKCS#12 file and its password): it is
 * re-wrapped under the platform's passphrase, stored under the PKI folder and becomes the
 * agency's active key.
 */
export async function importKey(ctx: ServiceContext, settings: SigningSettings, agencyCode: string, p12: Buffer, password: string): Promise<SigningKeyRow> {
  const agency = (await findAgencies(ctx, [agencyCode])).get(agencyCode);
  if (!agency) throw new Error(`no agency ${agencyCode}`);
  const pair = fromPkcs12(p12, password);
  const serial = normalSerial(new X509Certificate(pair.certPem).serialNumber);
  const ref = new PkiStore(settings.pkiDir).writeAgencyP12(agencyCode, serial, toPkcs12(pair, pair.chainPems, settings.passphrase, agency.name));
  return registerKey(ctx, agencyCode, pair.certPem, `p12:${ref}`);
}

/**
 * Registers an agency's key held by a remote signing service (a hardware token or a
 * remote-signing provider, docs/signing.md §3): its certificate, the service and its key id.
 */
export async function registerRemoteKey(ctx: ServiceContext, agencyCode: string, certPem: string, url: string, keyId: string): Promise<SigningKeyRow> {
  if (!(await findAgencies(ctx, [agencyCode])).has(agencyCode)) throw new Error(`no agency ${agencyCode}`);
  if (!/^https?:\/\//.test(url) || url.includes('#')) throw new Error(`not a service address: ${url}`);
  return registerKey(ctx, agencyCode, certPem, `remote:${url.replace(/\/$/, '')}#${keyId}`);
}

/** The keys registered in the province, newest first. */
export async function listKeys(ctx: ServiceContext): Promise<SigningKeyRow[]> {
  return (await ctx.db.selectFrom('signingKeys').selectAll().where('provinceCode', '=', ctx.provinceCode).orderBy('createdAt', 'desc').execute()) as SigningKeyRow[];
}

/** Issues an agency a certificate from the local CA (demos and tests). */
async function autoIssue(ctx: ServiceContext, settings: SigningSettings, agencyCode: string): Promise<SigningKeyRow> {
  await ensureCertificateAuthority(ctx, settings);
  const pki = new PkiStore(settings.pkiDir);
  const agency = (await findAgencies(ctx, [agencyCode])).get(agencyCode);
  const province = await findCurrentUnit(ctx, ctx.provinceCode);
  if (!agency) throw new Error(`no agency ${agencyCode}`);
  const ca = pki.readCa();
  const issued = issueAgencyCertificate(ca, { agencyCode, agencyName: agency.name, provinceName: province?.name ?? ctx.provinceCode }, ctx.now());
  const ref = pki.writeAgencyP12(agencyCode, issued.serial, toPkcs12(issued, [ca.certPem], settings.passphrase, agency.name));
  return registerKey(ctx, agencyCode, issued.certPem, `p12:${ref}`);
}

/** Opens the signer a key row refers to. */
function openSigner(settings: SigningSettings, key: SigningKeyRow): DocumentSigner {
  const [kind, ref = ''] = key.keyRef.split(/:(.*)/s);
  if (kind === 'p12') return new Pkcs12Signer(new PkiStore(settings.pkiDir).readP12(ref), settings.passphrase);
  if (kind === 'remote') {
    const [url = '', keyId = ''] = ref.split('#');
    return new RemoteSigner({ url, keyId, token: settings.remoteSignerToken ?? '' });
  }
  throw new Error(`unknown key reference ${key.keyRef}`);
}

/**
 * The signer of an agency: its active key, or — where allowed (demos, tests) — a certificate
 * issued on the spot by the local CA. Without either, a 409 says what an operator must do.
 */
export async function signerFor(ctx: ServiceContext, settings: SigningSettings, agencyCode: string): Promise<{ signer: DocumentSigner; key: SigningKeyRow }> {
  let key = await activeKey(ctx.db, ctx.provinceCode, agencyCode, ctx.now());
  if (!key && settings.autoIssue) key = await autoIssue(ctx, settings, agencyCode);
  if (!key) {
    throw new Problem(
      'conflict',
      text(
        `Cơ quan ${agencyCode} chưa có chữ ký số còn hiệu lực; quản trị viên cần nạp chứng thư số (motcua pki import).`,
        `Agency ${agencyCode} has no valid signing key; an operator must install one (motcua pki import).`,
      ),
    );
  }
  return { signer: openSigner(settings, key), key };
}

/** The CA certificates whose signatures are trusted: the local CA and the configured ones. */
export function trustedCaPems(settings: SigningSettings): string[] {
  const local = new PkiStore(settings.pkiDir).caCertificatePem();
  return [...(local ? [local] : []), ...settings.extraTrustedPems];
}
