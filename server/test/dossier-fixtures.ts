/** Request bodies for dossier tests: real procedures of the starter catalog, real demo people. */

import { starterProcedures } from '../src/modules/catalog/starter-catalog.js';
import { sampleObject } from './form-samples.js';

export const birthForm = {
  kinhGui: 'Ủy ban nhân dân xã Cần Giờ',
  hoTenNguoiYeuCau: 'Nguyễn Văn An',
  soDinhDanhNguoiYeuCau: '079090001234',
  noiCuTruNguoiYeuCau: 'Ấp Long Thạnh, Xã Cần Giờ, Thành phố Hồ Chí Minh',
  quanHe: 'Cha',
  hoTen: 'Nguyễn Minh Khang',
  ngaySinh: '2026-11-20',
  gioiTinh: 'nam',
  danToc: 'Kinh',
  quocTich: 'Việt Nam',
  noiSinh: 'Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh',
  queQuan: 'Xã Cần Giờ, Thành phố Hồ Chí Minh',
  hoTenMe: 'Trần Thị Bình',
  hoTenCha: 'Nguyễn Văn An',
  camDoan: true,
};

export const citizenApplicant = {
  type: 'person',
  fullName: 'Nguyễn Văn An',
  nationalId: '079090001234',
  phone: '0901234567',
  email: 'nguyenvanan@example.com',
};

/**
 * A birth registration handed in at the Bến Thành desk for a family living in Cần Giờ:
 * the commune deciding is Xã Cần Giờ (27664), whatever desk receives it.
 */
export const birthAtCounter = (overrides: Record<string, unknown> = {}) => ({
  procedure: 'dang-ky-khai-sinh',
  applicant: citizenApplicant,
  placeUnitCode: '27664',
  formData: birthForm,
  components: [
    { key: 'giay-chung-sinh', paper: true },
    { key: 'giay-to-tuy-than', paper: true },
  ],
  returnChannel: 'receiving_desk',
  fees: [{ index: 0, quantity: 1 }],
  ...overrides,
});

/** Certification of a copy from the original: no form, one paper component, 2,000đ a page. */
export const copyCertification = (overrides: Record<string, unknown> = {}) => ({
  procedure: 'chung-thuc-ban-sao-tu-ban-chinh',
  applicant: { type: 'person', fullName: 'Lê Thị Cúc', nationalId: '079185004321', phone: '0912000111' },
  placeUnitCode: '26743',
  components: [{ key: 'ban-chinh', paper: true }],
  returnChannel: 'receiving_desk',
  fees: [{ index: 0, quantity: 2 }],
  ...overrides,
});

/**
 * Funeral support for a person under social protection who died in Phường Bến Thành, asked
 * by the demo citizen who organised the funeral: decided by the ward chair (a Quyết định).
 */
export const funeralSupport = (overrides: Record<string, unknown> = {}) => ({
  procedure: 'ho-tro-chi-phi-mai-tang',
  applicant: citizenApplicant,
  placeUnitCode: '26743',
  formData: {
    hoTenNguoiMat: 'Phạm Thị Hoa',
    ngaySinhNguoiMat: '1941-02-03',
    gioiTinhNguoiMat: 'nu',
    noiCuTruNguoiMat: 'Số 5 đường Lê Thánh Tôn, phường Bến Thành, Thành phố Hồ Chí Minh',
    ngayChet: '2026-11-18',
    soTrichLucKhaiTu: '15/TLKT',
    dienHuong: 'dang-huong-tro-cap',
    loaiNguoiDeNghi: 'ca-nhan',
    hoTenNguoiKhai: 'Nguyễn Văn An',
    soDinhDanhNguoiKhai: '079090001234',
    noiCuTruNguoiKhai: 'Số 5 đường Lê Thánh Tôn, phường Bến Thành, Thành phố Hồ Chí Minh',
    quanHeVoiNguoiMat: 'Con',
    hinhThucNhan: 'tien-mat',
    camDoan: true,
    ngayLamDon: '2026-11-20',
  },
  components: [{ key: 'trich-luc-khai-tu', paper: true }],
  returnChannel: 'receiving_desk',
  fees: [],
  ...overrides,
});

/**
 * A disability assessment (its result states the council's findings) for the demo citizen,
 * received for Phường Bến Thành, the application form filled with sample data.
 */
export const disabilityAssessment = () => {
  const procedure = starterProcedures().find((p) => p.slug === 'xac-dinh-muc-do-khuyet-tat')!;
  return {
    procedure: procedure.slug,
    applicant: citizenApplicant,
    placeUnitCode: '26743',
    formData: sampleObject(procedure.forms[0]!.schema),
    components: [{ key: 'don-de-nghi', paper: true }],
    returnChannel: 'receiving_desk',
  };
};
