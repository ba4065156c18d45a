import type { ServiceContext } from '../../platform/context.js';
import { bankByBin } from './banks.js';
import { findPaymentAccountRow, type PaymentAccountRow } from './store.js';
import { vietQrPayload } from './vietqr.js';

/** The account into which an agency's fees are paid, if it has one. */
export function findPaymentAccount(ctx: ServiceContext, agencyCode: string): Promise<PaymentAccountRow | undefined> {
  return findPaymentAccountRow(ctx.db, ctx.provinceCode, agencyCode);
}

/** The letters and digits of a dossier code, upper case: what survives a bank's transfer content. */
export const transferContentOf = (dossierCode: string): string => dossierCode.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/**
 * The dossier codes a bank's transfer content may name, as `transferContentOf` writes them.
 * Banks glue their own words to the payer's (`MBVCB.8123.26743TTPVHCC2611240001.LE THI CUC`)
 * and payers type the code with or without its dots and dashes, so besides each word we
 * look in the letters and digits of the whole content for the shape of a code — the unit
 * (2 or 5 digits), the desk's letters, the day and the number (10 digits) — wherever it
 * starts. The caller accepts only a content that names exactly one dossier.
 */
export function paymentReferencesIn(content: string): string[] {
  const found = new Set(content.split(/\s+/).map(transferContentOf).filter((word) => word.length >= 10));
  for (const [, unit = '', desk = '', number = ''] of transferContentOf(content).matchAll(/(\d+)([A-Z]+)(\d{10})/g)) {
    for (const digits of [2, 5]) if (unit.length >= digits) found.add(`${unit.slice(-digits)}${desk}${number}`);
  }
  return [...found];
}

export interface TransferInstructions {
  bankBin: string;
  bankName: string;
  accountNumber: string;
  accountName: string;
  amount: number;
  content: string;
  /** The VietQR (EMVCo, Napas 247) payload any Vietnamese banking app scans. */
  vietQr: string;
}

/** How to pay `amount` for a dossier by transfer to its receiving desk's account, when the desk has one. */
export async function transferInstructions(ctx: ServiceContext, dossier: { code: string; receivingAgencyCode: string }, amount: number): Promise<TransferInstructions | undefined> {
  const account = amount > 0 ? await findPaymentAccount(ctx, dossier.receivingAgencyCode) : undefined;
  if (!account) return undefined;
  const content = transferContentOf(dossier.code);
  return {
    bankBin: account.bankBin,
    bankName: bankByBin(account.bankBin)?.shortName ?? account.bankBin,
    accountNumber: account.accountNumber,
    accountName: account.accountName,
    amount,
    content,
    vietQr: vietQrPayload(account, amount, content),
  };
}
