import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Tinos: metric-compatible with Times New Roman, the typeface Decree 30/2020/NĐ-CP (Annex I)
 * prescribes for administrative documents, and it covers every Vietnamese letter.
 * SIL Open Font License 1.1 (node_modules/@expo-google-fonts/tinos/LICENSE_FONT).
 */
export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

let files: FontFiles | undefined;

export function fontFiles(): FontFiles {
  if (!files) {
    const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
    const read = (style: string): Uint8Array => readFileSync(join(root, style, `Tinos_${style}.ttf`));
    files = { regular: read('400Regular'), bold: read('700Bold'), italic: read('400Regular_Italic'), boldItalic: read('700Bold_Italic') };
  }
  return files;
}
