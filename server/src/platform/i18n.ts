/** A text shown to people: Vietnamese first, English second. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type Language = keyof LocalizedText;

/** The language a request prefers; Vietnamese unless English is asked for before it. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}

export const text = (vi: string, en: string): LocalizedText => ({ vi, en });
