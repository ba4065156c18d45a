import { createHash, createPublicKey, verify as rsaVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { text, type LocalizedText } from '../../platform/i18n.js';
import { OID } from './cms.js';
import { normalSerial } from './pki/certificates.js';

/** What an independent check of a PDF's signature found. */
export interface SignatureCheck {
  /** Everything below holds. */
  valid: boolean;
  /** The signed byte ranges cover the whole file except the signature itself. */
  coversWholeFile: boolean;
  /** The digest signed equals the digest of the bytes (nothing changed since signing). */
  unchanged: boolean;
  /** The signature value verifies with the signer's certificate. */
  signatureVerifies: boolean;
  /** The signer's certificate was issued by a trusted CA and valid at signing time. */
  trusted: boolean;
  signer: { commonName: string; organization: string; serial: string } | null;
  /** The signing time the signer claims (a signed attribute). */
  signingTime: string | null;
  /** Present when a time-stamp token is attached (PAdES B-T). */
  timeStamped: boolean;
  /** The time a trusted time-stamping authority vouches for; it then decides certificate validity. */
  timeStampTime: string | null;
  problems: SignatureProblem[];
}

/** Why a signature cannot be relied on, for people (Vietnamese first) and programs (`code`). */
export interface SignatureProblem {
  code: ProblemCode;
  message: LocalizedText;
}

const PROBLEMS = {
  'no-signature': text('Tệp không có chữ ký số.', 'The file has no signature.'),
  'not-whole-file': text('Chữ ký không bao trùm toàn bộ tệp: có nội dung được thêm vào sau khi ký.', 'The signature does not cover the whole file: something was added after signing.'),
  'malformed-signature': text('Chữ ký không đúng định dạng CMS/PAdES.', 'The signature is not a CMS/PAdES signature.'),
  'unsupported-algorithm': text('Chữ ký dùng thuật toán không được hỗ trợ (chỉ RSA với SHA-256).', 'The signature uses an unsupported algorithm (only RSA with SHA-256).'),
  'signer-missing': text('Thiếu chứng thư số của người ký.', "The signer's certificate is missing."),
  changed: text('Văn bản đã bị thay đổi sau khi ký.', 'The document was changed after it was signed.'),
  'bad-signature': text('Giá trị chữ ký không khớp với chứng thư số của người ký.', "The signature value does not verify with the signer's certificate."),
  'untrusted-signer': text('Chứng thư số của người ký không do tổ chức chứng thực tin cậy cấp.', "The signer's certificate was not issued by a trusted authority."),
  'certificate-not-valid': text('Chứng thư số của người ký không còn hiệu lực (hết hạn hoặc chưa có hiệu lực) tại thời điểm ký.', "The signer's certificate was not valid (expired or not yet valid) at signing time."),
  'bad-time-stamp': text('Dấu thời gian không hợp lệ hoặc không khớp với chữ ký.', 'The time-stamp is invalid or does not match the signature.'),
  'untrusted-time-stamp': text('Dấu thời gian không do đơn vị cấp dấu thời gian tin cậy cấp.', 'The time-stamp was not issued by a trusted time-stamping authority.'),
} as const satisfies Record<string, LocalizedText>;

export type ProblemCode = keyof typeof PROBLEMS;
const problem = (code: ProblemCode): SignatureProblem => ({ code, message: PROBLEMS[code] });

const toArrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();
const bytes = (view: { valueBlock: { valueHexView: Uint8Array } }): Buffer => Buffer.from(view.valueBlock.valueHexView);

/** The last signature of the file: its byte range and the DER of /Contents. */
function lastSignature(pdf: Buffer): { range: [number, number, number, number]; cms: Buffer } | undefined {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const match = matches.at(-1);
  if (!match) return undefined;
  const range = match.slice(1, 5).map(Number) as [number, number, number, number];
  const hex = text.slice(range[1] + 1, range[2] - 1).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  return { range, cms: Buffer.from(hex, 'hex') };
}

function subjectField(cert: X509Certificate, key: string): string {
  return cert.subject.split('\n').find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1) ?? '';
}

function parseSignedData(der: Buffer): pkijs.SignedData | undefined {
  try {
    const content = new pkijs.ContentInfo({ schema: asn1js.fromBER(toArrayBuffer(der)).result });
    return content.contentType === OID.signedData ? new pkijs.SignedData({ schema: content.content }) : undefined;
  } catch {
    return undefined;
  }
}

interface SignerCheck {
  info: pkijs.SignerInfo;
  cert: X509Certificate;
  serial: string;
  /** The messageDigest attribute equals the SHA-256 of the content. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the signer's certificate. */
  signatureVerifies: boolean;
  attribute: (type: string) => unknown;
}

/** Checks the first signer of a CMS SignedData against `content` (detached, or the encapsulated one). */
function checkSigner(signedData: pkijs.SignedData, content: Buffer): SignerCheck | ProblemCode {
  const info = signedData.signerInfos[0];
  if (!info?.signedAttrs) return 'malformed-signature';
  // We verify RSA PKCS#1 v1.5 over SHA-256 only; anything else must not pass as checked.
  if (info.digestAlgorithm.algorithmId !== OID.sha256 || ![OID.rsaEncryption, OID.sha256WithRsaEncryption].includes(info.signatureAlgorithm.algorithmId)) return 'unsupported-algorithm';
  const certs = (signedData.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  const sid = info.sid as pkijs.IssuerAndSerialNumber;
  if (!sid.serialNumber) return 'signer-missing';
  const serial = normalSerial(bytes(sid.serialNumber).toString('hex'));
  const own = certs.find((x) => normalSerial(bytes(x.serialNumber).toString('hex')) === serial);
  if (!own) return 'signer-missing';
  const cert = new X509Certificate(Buffer.from(own.toSchema().toBER(false)));
  const attribute = (type: string) => info.signedAttrs!.attributes.find((x) => x.type === type)?.values[0];
  const digest = attribute(OID.messageDigest) as asn1js.OctetString | undefined;
  // The signature covers the attributes as a SET OF (RFC 5652 §5.4), not with their [0] tag.
  const attrsDer = Buffer.from(info.signedAttrs.toSchema().toBER(false));
  attrsDer[0] = 0x31;
  return {
    info,
    cert,
    serial,
    attribute,
    digestMatches: !!digest && bytes(digest).equals(sha256(content)),
    signatureVerifies: rsaVerify('sha256', attrsDer, cert.publicKey, bytes(info.signature)),
  };
}

/** The trusted CA that issued `cert`, if any. */
function trustedIssuer(cert: X509Certificate, trustedCaPems: string[]): X509Certificate | undefined {
  return trustedCaPems.map((pem) => new X509Certificate(pem)).find((ca) => cert.checkIssued(ca) && cert.verify(createPublicKey(ca.publicKey.export({ type: 'spki', format: 'pem' }))));
}

const validAt = (cert: X509Certificate, at: Date): boolean => at >= new Date(cert.validFrom) && at <= new Date(cert.validTo);

/**
 * Checks an RFC 3161 time-stamp token over a signature value: the token's imprint is the
 * SHA-256 of that value, the authority's signature verifies, and the authority is trusted.
 * Returns the time it vouches for, or why it cannot be relied on.
 */
function checkTimeStamp(token: Buffer, signatureValue: Buffer, trustedCaPems: string[]): { time: Date } | ProblemCode {
  const signedData = parseSignedData(token);
  const eContent = signedData?.encapContentInfo.eContent;
  if (!signedData || !eContent) return 'bad-time-stamp';
  const tstDer = Buffer.from(eContent.getValue());
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = new pkijs.TSTInfo({ schema: asn1js.fromBER(toArrayBuffer(tstDer)).result });
  } catch {
    return 'bad-time-stamp';
  }
  if (!bytes(tstInfo.messageImprint.hashedMessage).equals(sha256(signatureValue))) return 'bad-time-stamp';
  const signer = checkSigner(signedData, tstDer);
  if (typeof signer === 'string' || !signer.digestMatches || !signer.signatureVerifies) return 'bad-time-stamp';
  if (!trustedIssuer(signer.cert, trustedCaPems) || !validAt(signer.cert, tstInfo.genTime)) return 'untrusted-time-stamp';
  return { time: tstInfo.genTime };
}

/**
 * Checks a signed PDF the way an independent verifier does: the byte ranges, the message
 * digest against the bytes, the signature over the signed attributes, an attached
 * time-stamp, and the signer's certificate against the trusted CAs at signing time (the
 * time-stamp's time when there is one, otherwise the time the signer claims). A changed
 * byte anywhere in the signed ranges makes `unchanged` false; bytes added after signing
 * make `coversWholeFile` false.
 */
export function checkPdfSignature(pdf: Buffer, trustedCaPems: string[]): SignatureCheck {
  const problems: SignatureProblem[] = [];
  const result: SignatureCheck = { valid: false, coversWholeFile: false, unchanged: false, signatureVerifies: false, trusted: false, signer: null, signingTime: null, timeStamped: false, timeStampTime: null, problems };
  const found = lastSignature(pdf);
  if (!found) {
    problems.push(problem('no-signature'));
    return result;
  }
  const [a, b, c, d] = found.range;
  result.coversWholeFile = a === 0 && c + d === pdf.length && b < c;
  if (!result.coversWholeFile) problems.push(problem('not-whole-file'));
  const signedData = parseSignedData(found.cms);
  if (!signedData) {
    problems.push(problem('malformed-signature'));
    return result;
  }
  const signer = checkSigner(signedData, Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]));
  if (typeof signer === 'string') {
    problems.push(problem(signer));
    return result;
  }
  result.signer = { commonName: subjectField(signer.cert, 'CN'), organization: subjectField(signer.cert, 'O'), serial: signer.serial };
  result.unchanged = signer.digestMatches;
  if (!result.unchanged) problems.push(problem('changed'));
  result.signatureVerifies = signer.signatureVerifies;
  if (!result.signatureVerifies) problems.push(problem('bad-signature'));
  const claimed = signer.attribute(OID.signingTime) as asn1js.UTCTime | undefined;
  result.signingTime = claimed ? claimed.toDate().toISOString() : null;

  const token = signer.info.unsignedAttrs?.attributes.find((x) => x.type === OID.signatureTimeStampToken)?.values[0];
  result.timeStamped = token !== undefined;
  let stampOk = true;
  let at = claimed?.toDate() ?? new Date();
  if (token) {
    const stamp = checkTimeStamp(Buffer.from((token as asn1js.Sequence).toBER(false)), bytes(signer.info.signature), trustedCaPems);
    if (typeof stamp === 'string') {
      stampOk = false;
      problems.push(problem(stamp));
    } else {
      result.timeStampTime = stamp.time.toISOString();
      at = stamp.time;
    }
  }
  const issuer = trustedIssuer(signer.cert, trustedCaPems);
  const inValidity = validAt(signer.cert, at);
  result.trusted = !!issuer && inValidity;
  if (!issuer) problems.push(problem('untrusted-signer'));
  else if (!inValidity) problems.push(problem('certificate-not-valid'));
  result.valid = result.coversWholeFile && result.unchanged && result.signatureVerifies && result.trusted && stampOk;
  return result;
}
