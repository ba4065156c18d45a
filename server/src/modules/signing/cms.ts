import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { DocumentSigner } from './signer.js';

/** OIDs of CMS and CAdES (RFC 5652, RFC 5035, ETSI EN 319 122). */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsaEncryption: '1.2.840.113549.1.1.11',
};

const sha256 = (data: Buffer | ArrayBuffer): Buffer => createHash('sha256').update(Buffer.from(data as ArrayBuffer)).digest();
const toArrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** ESS signing-certificate-v2: binds the signature to the signer's certificate (CAdES-BES). */
function signingCertificateV2(certDer: Buffer): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certDer)) })] })] })],
  });
}

/** Obtains an RFC 3161 time-stamp token (a CMS ContentInfo) over the given bytes. */
export type TimeStamper = (data: Buffer) => Promise<Buffer>;

/**
 * A detached CAdES signature (CMS SignedData) over `content`: signed attributes content
 * type, message digest (SHA-256), signing time and signing-certificate-v2; with a
 * time-stamper, a signature time-stamp as unsigned attribute (CAdES-T). This is what the
 * PDF's /Contents holds under the ETSI.CAdES.detached sub-filter (PAdES).
 */
export async function signDetached(content: Buffer, signer: DocumentSigner, signingTime: Date, timeStamper?: TimeStamper): Promise<Buffer> {
  const chain = await signer.certificateChain();
  const certificates = chain.map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der)));
  const own = certificates[0]!;
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
      new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: signingTime })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(content)) })] }),
      new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(chain[0]!)] }),
    ],
  });
  // The signature covers the attributes DER-encoded as a SET OF (RFC 5652 §5.4), not with
  // the [0] IMPLICIT tag they carry inside SignerInfo.
  const attrsDer = Buffer.from(signedAttrs.toSchema().toBER(false));
  attrsDer[0] = 0x31;
  const signature = await signer.sign(attrsDer);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: own.issuer, serialNumber: own.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  if (timeStamper) {
    const token = await timeStamper(signature);
    const tokenSchema = asn1js.fromBER(toArrayBuffer(token)).result;
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [tokenSchema] })] });
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}
