import { Problem } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';

const SERVICES = {
  signer: text('Dịch vụ ký số từ xa', 'The remote signing service'),
  tsa: text('Dịch vụ cấp dấu thời gian', 'The time-stamping service'),
};

/**
 * A signing service that did not answer, or answered an error: 503 to whoever waits for the
 * document (a print route), a retry for the background job. Nothing is signed.
 */
export function signingServiceUnavailable(service: keyof typeof SERVICES, detail: string): Problem {
  const name = SERVICES[service];
  return new Problem(
    'service-unavailable',
    text(`${name.vi} không trả lời được (${detail}); văn bản chưa được ký. Hãy thử lại sau ít phút.`, `${name.en} did not answer (${detail}); the document is not signed. Try again in a few minutes.`),
  );
}

/** Calls a signing service: an unreachable service or an error status becomes `signingServiceUnavailable`. */
export async function callSigningService(service: keyof typeof SERVICES, what: string, call: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await call();
  } catch (error) {
    throw signingServiceUnavailable(service, `${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw signingServiceUnavailable(service, `${what}: HTTP ${response.status}`);
  return response;
}
