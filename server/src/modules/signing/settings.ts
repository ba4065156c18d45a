import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../platform/config.js';
import type { FileStore } from '../../platform/files/file-store.js';
import { uploadSettings } from '../../platform/files/service.js';
import { httpTimeStamper } from './tsa.js';
import type { TimeStamper } from './cms.js';

/** What the signing module needs from the configuration. */
export interface SigningSettings {
  /** `<dataDir>/pki`: the local CA and the agencies' PKCS#12 files. */
  pkiDir: string;
  passphrase: string;
  autoIssue: boolean;
  timeStamper: TimeStamper | undefined;
  /** CA certificates (PEM) trusted besides the local CA. */
  extraTrustedPems: string[];
  files: FileStore;
  publicUrl: string;
  remoteSignerToken: string | undefined;
}

export function signingSettings(config: Config): SigningSettings {
  const extra = config.trustedCaFile ? readFileSync(config.trustedCaFile, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [] : [];
  return {
    pkiDir: join(config.dataDir, 'pki'),
    passphrase: config.pkiPassphrase,
    autoIssue: config.pkiAutoIssue,
    timeStamper: config.tsaUrl ? httpTimeStamper(config.tsaUrl) : undefined,
    extraTrustedPems: extra,
    files: uploadSettings(config).store,
    publicUrl: config.publicUrl,
    remoteSignerToken: config.remoteSignerToken,
  };
}
