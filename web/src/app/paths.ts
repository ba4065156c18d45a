/** The app's addresses, in one place so links and routes agree. */
export const paths = {
  home: '/',
  addressLookup: '/tra-cuu-dia-chi',
  units: '/don-vi-hanh-chinh',
  unit: (code: string) => `/don-vi-hanh-chinh/${code}`,
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
} as const;
