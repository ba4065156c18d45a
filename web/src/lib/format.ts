/** Dates and times as people in Vietnam read them: Asia/Ho_Chi_Minh, local order. */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long' }).format(new Date(iso));
}

/** A text the server gives in both languages, in the user's one. */
export function localized(text: { vi: string; en: string }, language: string): string {
  return language === 'en' ? text.en : text.vi;
}

/** An agency's name from a membership or an inbox seat, in the user's language. */
export function agencyNameIn(a: { agencyName: string; agencyNameEn: string }, language: string): string {
  return language === 'en' ? a.agencyNameEn : a.agencyName;
}
