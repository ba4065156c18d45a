/** The app's addresses, in one place so links and routes agree. */
export const paths = {
  home: '/',
  addressLookup: '/tra-cuu-dia-chi',
  units: '/don-vi-hanh-chinh',
  unit: (code: string) => `/don-vi-hanh-chinh/${code}`,
  catalog: '/thu-tuc',
  catalogSearch: (q: string) => `/thu-tuc?${new URLSearchParams({ q }).toString()}`,
  procedure: (slug: string) => `/thu-tuc/${slug}`,
  procedureForm: (slug: string, formId: string) => `/thu-tuc/${slug}/bieu-mau/${formId}`,
  calendar: '/lich-lam-viec',
  signIn: '/dang-nhap',
  register: '/dang-ky',
  myAccount: '/tai-khoan',
  changePassword: '/doi-mat-khau',
  staff: '/can-bo',
  staffProfile: '/can-bo/ca-nhan',
  accounts: '/can-bo/tai-khoan',
  accountNew: '/can-bo/tai-khoan/tao-moi',
  account: (id: string) => `/can-bo/tai-khoan/${id}`,
  audit: '/can-bo/nhat-ky',
  onlineFiling: (slug: string) => `/thu-tuc/${slug}/nop-truc-tuyen`,
  myDossiers: '/ho-so-cua-toi',
  myDossier: (id: string) => `/ho-so-cua-toi/${id}`,
  filingDone: (id: string) => `/ho-so-cua-toi/${id}/da-nop`,
  lookup: '/tra-cuu',
  lookupCode: (code: string) => `/tra-cuu/${dossierCodeSegment(code)}`,
  /** Public check of issued documents; `/xac-minh/<id>` is the address in the QR code on each (server: verifyUrlOf). */
  verify: '/xac-minh',
  verifyDocument: (id: string) => `/xac-minh/${encodeURIComponent(id)}`,
  inbox: '/can-bo/ho-so',
  staffDossier: (id: string) => `/can-bo/ho-so/${id}`,
  receipt: (id: string) => `/can-bo/ho-so/${id}/bien-nhan`,
  intake: '/can-bo/tiep-nhan',
  dashboard: '/can-bo/thong-ke',
  workflowSettings: '/can-bo/cai-dat-phan-cong',
  paymentAccounts: '/can-bo/thu-phi/tai-khoan',
  unmatchedPayments: '/can-bo/thu-phi/chua-khop',
} as const;

/**
 * A dossier code as a path segment. Its dots are percent-encoded (`%2E`, the same address
 * by RFC 3986): our server serves `/tra-cuu/26743.TTPVHCC-…` to the app either way
 * (server/src/web.ts), but a proxy or static host in front may take a last segment with a
 * dot for a file, and a QR code on paper cannot be reprinted.
 */
export function dossierCodeSegment(code: string): string {
  return encodeURIComponent(code).replace(/\./g, '%2E');
}

/** The full address of a dossier's public lookup (printed as a QR code on the receipt). */
export function lookupUrl(code: string): string {
  return `${window.location.origin}${paths.lookupCode(code)}`;
}
