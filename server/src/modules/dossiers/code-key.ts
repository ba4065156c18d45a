/** How a dossier code, new or old, is matched: upper case, without blanks (people copy receipts loosely). */
export const codeKey = (code: string): string => code.replace(/\s+/g, '').toUpperCase();
