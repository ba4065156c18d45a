declare module 'subset-font' {
  /** Cuts a font down to the glyphs of `text` (HarfBuzz); see https://github.com/papandreou/subset-font. */
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' }): Promise<Buffer>;
}
