import { QRPay } from 'vietnam-qr-pay';

export interface PaymentAccount {
  bankBin: string;
  accountNumber: string;
  accountName: string;
}

/**
 * A dynamic VietQR payload (EMVCo merchant-presented QR on the Napas 247 network) for an
 * amount to an account, with the dossier code as the transfer content so the bank's
 * notification can be matched to the dossier.
 */
export function vietQrPayload(account: PaymentAccount, amount: number, purpose: string): string {
  return QRPay.initVietQR({ bankBin: account.bankBin, bankNumber: account.accountNumber, amount: String(amount), purpose: purpose.slice(0, 50) }).build();
}

/** Reads a VietQR payload back (for tests and for checking a printed code). */
export function readVietQr(payload: string): { bankBin?: string; accountNumber?: string; amount?: string; purpose?: string; valid: boolean } {
  const qr = new QRPay(payload);
  return { bankBin: qr.consumer?.bankBin, accountNumber: qr.consumer?.bankNumber, amount: qr.amount, purpose: qr.additionalData?.purpose, valid: qr.isValid };
}
