import { describe, expect, it } from 'vitest';
import { paymentReferencesIn, transferContentOf } from './accounts.js';

const code = '26743.TTPVHCC-261124-0001';
const reference = transferContentOf(code);

describe('finding the dossier code in a bank transfer content', () => {
  it.each([
    ['the content we asked for', reference],
    ['the code typed as printed', `NOP PHI ${code}`],
    ['glued to the bank’s own prefix with dots', `MBVCB.8123456.${reference}.LE THI CUC chuyen tien`],
    ['with spaces inside', 'IBFT 26743 TTPVHCC 261124 0001 LE THI CUC'],
    ['in lower case', `ck ${reference.toLowerCase()}`],
  ])('%s', (_, content) => {
    expect(paymentReferencesIn(content)).toContain(reference);
  });

  it('reads a department code of a province (two-digit unit)', () => {
    expect(paymentReferencesIn('FT123 79STP2611240007 NGUYEN VAN AN')).toContain('79STP2611240007');
  });

  it('finds nothing in a transfer about something else', () => {
    expect(paymentReferencesIn('CHUYEN TIEN AN TRUA')).toEqual([]);
  });
});
