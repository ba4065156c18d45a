import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { signDetached, type TimeStamper } from './cms.js';
import type { DocumentSigner } from './signer.js';

/** Bridges @signpdf (which finds the byte range and fills /Contents) to our CAdES signer. */
class CadesSigner extends Signer {
  constructor(
    private readonly signer: DocumentSigner,
    private readonly timeStamper?: TimeStamper,
  ) {
    super();
  }

  override async sign(bytes: Buffer, signingTime?: Date): Promise<Buffer> {
    return signDetached(bytes, this.signer, signingTime ?? new Date(), this.timeStamper);
  }
}

export interface SignatureDetails {
  /** Who signs: the agency's name. */
  name: string;
  reason: string;
  location: string;
  contactInfo?: string;
  signingTime: Date;
  timeStamper?: TimeStamper;
}

/**
 * Signs a PDF as PAdES: a signature dictionary with the ETSI.CAdES.detached sub-filter,
 * /M the signing time, /ByteRange covering the whole file but the signature, and a CAdES
 * signature (with a time-stamp when a TSA is configured). Independent verifiers (poppler's
 * pdfsig, Adobe) check it.
 */
export async function signPdf(pdf: Uint8Array, signer: DocumentSigner, details: SignatureDetails): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: details.reason,
    contactInfo: details.contactInfo ?? '',
    name: details.name,
    location: details.location,
    signingTime: details.signingTime,
    // Room for the CMS: certificates (~3 kB) plus a time-stamp token (~5 kB), in hex.
    signatureLength: details.timeStamper ? 24_000 : 12_000,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'motcua',
  });
  // @signpdf finds the placeholder in a classic cross-reference table, not in object streams.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new SignPdf().sign(prepared, new CadesSigner(signer, details.timeStamper), details.signingTime);
}
