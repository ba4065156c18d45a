import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServiceContext } from '../../platform/context.js';
import { ensureCertificateAuthority, importKey, listKeys, registerRemoteKey, trustedCaPems } from './keys-service.js';
import type { SigningKeyRow } from './store.js';
import type { SigningSettings } from './settings.js';

interface PkiOptions {
  agency?: string | undefined;
  file?: string | undefined;
  password?: string | undefined;
  url?: string | undefined;
  'key-id'?: string | undefined;
}

const USAGE = 'usage: motcua pki init | pki import --agency A --file key.p12 [--password P] | pki remote --agency A --url U --key-id K --file cert.pem | pki list';

/** `motcua pki …` (docs/signing.md). */
export async function pkiCommand(ctx: ServiceContext, settings: SigningSettings, sub: string | undefined, values: PkiOptions): Promise<number> {
  switch (sub) {
    case 'init':
      console.log((await ensureCertificateAuthority(ctx, settings)) ? `created the local CA in ${settings.pkiDir}` : `the local CA already exists in ${settings.pkiDir}`);
      return 0;
    case 'import': {
      if (!values.agency || !values.file) {
        console.error('usage: motcua pki import --agency 79.UBND --file key.p12 [--password P] (or MOTCUA_P12_PASSWORD)');
        return 2;
      }
      const key = await importKey(ctx, settings, values.agency, readFileSync(values.file), values.password ?? process.env.MOTCUA_P12_PASSWORD ?? '');
      report(settings, key);
      return 0;
    }
    case 'remote': {
      if (!values.agency || !values.url || !values['key-id'] || !values.file) {
        console.error('usage: motcua pki remote --agency 79.UBND --url https://signer.example --key-id K --file certificate.pem');
        return 2;
      }
      report(settings, await registerRemoteKey(ctx, values.agency, readFileSync(values.file, 'utf8'), values.url, values['key-id']));
      return 0;
    }
    case 'list':
      for (const key of await listKeys(ctx)) {
        console.log([key.agencyCode, key.serial, key.active ? 'active' : 'inactive', key.notAfter.toISOString().slice(0, 10), key.subject.replace(/\n/g, ', ')].join('\t'));
      }
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

function report(settings: SigningSettings, key: SigningKeyRow): void {
  console.log(`installed key ${key.serial} for ${key.agencyCode}: ${key.subject.replace(/\n/g, ', ')}, valid until ${key.notAfter.toISOString().slice(0, 10)}`);
  const cert = new X509Certificate(key.certificate);
  if (!trustedCaPems(settings).some((pem) => cert.checkIssued(new X509Certificate(pem)))) {
    console.log('note: its issuer is not trusted yet; add the CA certificate to MOTCUA_TRUSTED_CA_FILE so documents verify as trusted');
  }
}
