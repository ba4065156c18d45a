import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, type TimeStamper } from './cms.js';
import { callSigningService, signingServiceUnavailable } from './unavailable.js';

const toArrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/**
 * An RFC 3161 client: asks the time-stamping authority at `url` for a token over the
 * SHA-256 of the signature value (the CAdES signature time-stamp).
 */
export function httpTimeStamper(url: string, fetchImpl: typeof fetch = fetch): TimeStamper {
  return async (data) => {
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(data).digest()) }),
      }),
      nonce: new asn1js.Integer({ valueHex: toArrayBuffer(Buffer.concat([Buffer.from([0x01]), randomBytes(8)])) }),
      certReq: true,
    });
    const response = await callSigningService('tsa', 'time-stamp', () => fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: Buffer.from(request.toSchema().toBER(false)) }));
    const answer = pkijs.TimeStampResp.fromBER(await response.arrayBuffer());
    // 0 granted, 1 granted with modifications (RFC 3161 §2.4.2).
    if (answer.status.status > 1 || !answer.timeStampToken) throw signingServiceUnavailable('tsa', `time-stamp refused, status ${answer.status.status}`);
    return Buffer.from(answer.timeStampToken.toSchema().toBER(false));
  };
}
