import type { Role } from '../platform/auth/actor.js';

/** The password of every demo account (printed at start and in the README). */
export const DEMO_PASSWORD = 'motcua-demo-2025';

export interface DemoStaff {
  username: string;
  fullName: string;
  agencyCode: string;
  role: Role;
}

export interface DemoPlaces {
  /** Two communes whose one-stop desks and committees get staff. */
  communes: Array<{ code: string; prefix: string }>;
}

/** Hồ Chí Minh City: Phường Bến Thành (26743) and Xã Cần Giờ (27664). */
export const HCMC_PLACES: DemoPlaces = {
  communes: [
    { code: '26743', prefix: 'benthanh' },
    { code: '27664', prefix: 'cangio' },
  ],
};

/** The demo staff of a province: province admin and supervisor, two communes, the Department of Justice. */
export function demoStaff(provinceCode: string, places: DemoPlaces): DemoStaff[] {
  const [a, b] = places.communes as [{ code: string; prefix: string }, { code: string; prefix: string }];
  return [
    { username: 'admin', fullName: 'Trần Thị Quản Trị', agencyCode: `${provinceCode}.UBND`, role: 'admin' },
    { username: 'giamsat', fullName: 'Lê Văn Giám', agencyCode: `${provinceCode}.UBND`, role: 'supervisor' },
    { username: `${a.prefix}.quantri`, fullName: 'Phạm Minh Quân', agencyCode: `${a.code}.UBND`, role: 'admin' },
    { username: `${a.prefix}.motcua`, fullName: 'Nguyễn Thị Thu Hà', agencyCode: `${a.code}.TTPVHCC`, role: 'officer' },
    { username: `${a.prefix}.chuyenvien`, fullName: 'Võ Thanh Tùng', agencyCode: `${a.code}.UBND`, role: 'specialist' },
    { username: `${a.prefix}.lanhdao`, fullName: 'Đặng Quốc Bảo', agencyCode: `${a.code}.UBND`, role: 'leader' },
    { username: `${a.prefix}.vanthu`, fullName: 'Huỳnh Ngọc Lan', agencyCode: `${a.code}.UBND`, role: 'clerk' },
    { username: `${b.prefix}.motcua`, fullName: 'Trương Văn Lực', agencyCode: `${b.code}.TTPVHCC`, role: 'officer' },
    { username: `${b.prefix}.chuyenvien`, fullName: 'Lý Thị Mỹ Duyên', agencyCode: `${b.code}.UBND`, role: 'specialist' },
    { username: `${b.prefix}.lanhdao`, fullName: 'Châu Văn Hùng', agencyCode: `${b.code}.UBND`, role: 'leader' },
    { username: 'tuphap.chuyenvien', fullName: 'Bùi Thị Hồng Nhung', agencyCode: `${provinceCode}.STP`, role: 'specialist' },
    { username: 'tuphap.lanhdao', fullName: 'Ngô Đức Thịnh', agencyCode: `${provinceCode}.STP`, role: 'leader' },
  ];
}

export const DEMO_CITIZEN = {
  nationalId: '079090001234',
  fullName: 'Nguyễn Văn An',
  phone: '0901234567',
  email: 'nguyenvanan@example.com',
};

/**
 * What the national population database would return for the demo citizen: used to show
 * forms prefilled from data the state already holds.
 */
export const DEMO_CITIZEN_RECORDS = [
  {
    type: 'identity',
    source: 'Cơ sở dữ liệu quốc gia về dân cư (dữ liệu mẫu)',
    data: {
      dateOfBirth: '1990-05-12',
      sex: 'nam',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      hometown: 'Xã Cần Giờ, Thành phố Hồ Chí Minh',
      permanentAddress: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
    },
  },
  {
    type: 'residence',
    source: 'Cơ sở dữ liệu quốc gia về dân cư (dữ liệu mẫu)',
    data: {
      permanentAddress: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
      householdHeadName: 'Nguyễn Văn An',
      householdHeadId: '079090001234',
      relationshipToHead: 'Chủ hộ',
    },
  },
];
