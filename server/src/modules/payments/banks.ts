import { Banks, VietQRStatus } from 'vietnam-qr-pay';

export interface Bank {
  bin: string;
  shortName: string;
  name: string;
}

/** Banks on the Napas 247 network that can receive a VietQR transfer. */
export const VIETQR_BANKS: Bank[] = Banks.filter((b) => !b.deprecated && b.vietQRStatus !== VietQRStatus.NOT_SUPPORTED)
  .map(({ bin, shortName, name }) => ({ bin, shortName, name }))
  .sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'));

export const bankByBin = (bin: string): Bank | undefined => VIETQR_BANKS.find((b) => b.bin === bin);
