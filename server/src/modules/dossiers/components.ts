import type { ServiceContext } from '../../platform/context.js';
import { Problem, type FieldError } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { recordsOf } from '../accounts/personal-records.js';
import type { ProcedureDefinition } from '../catalog/schemas.js';
import { findUpload } from '../../platform/files/service.js';
import type { ComponentInput } from './schemas.js';
import type { ComponentState } from './store.js';

/** The personal-store record a digitised component becomes, reusable in later dossiers. */
export const scanRecordType = (componentKey: string): string => `scan.${componentKey}`;

export interface ComponentCheck {
  /** Paper is accepted at a desk, not online. */
  paperAllowed: boolean;
  /** Whose personal data store `fromRecord` may point into. */
  applicantNationalId: string | null;
  /** Whether every required component must be there (intake), or only those given (supplement). */
  requireAll: boolean;
  /** The application e-form was filled in, which provides the components that are that form. */
  formFilled: boolean;
  path: string;
}

/**
 * Checks the components handed in against the procedure: known keys, no duplicates;
 * uploaded files exist and were uploaded by this person; a component taken from the data
 * the state holds exists in the applicant's store and may be reused; and, at intake, every
 * required component is there. Returns the checklist to store, or throws a 400 naming
 * every problem.
 */
export async function checkComponents(ctx: ServiceContext, def: ProcedureDefinition, given: ComponentInput[], check: ComponentCheck, current?: ComponentState[]): Promise<ComponentState[]> {
  const errors: FieldError[] = [];
  const add = (field: string, vi: string, en: string): void => void errors.push({ field: `${check.path}/${field}`, in: 'body', message: text(vi, en) });
  const records = new Map((check.applicantNationalId ? await recordsOf(ctx, check.applicantNationalId) : []).map((r) => [r.type, r]));
  const seen = new Set<string>();
  for (const [i, c] of given.entries()) {
    const spec = def.components.find((s) => s.key === c.key);
    if (!spec) add(`${i}/key`, `Thủ tục không có thành phần «${c.key}».`, `The procedure has no component '${c.key}'.`);
    if (seen.has(c.key)) add(`${i}/key`, 'Thành phần này bị lặp lại.', 'This component is listed twice.');
    seen.add(c.key);
    if (c.paper && !check.paperAllowed) add(`${i}/paper`, 'Nộp trực tuyến cần tệp đính kèm, không nộp giấy.', 'Online filing needs files, not paper.');
    for (const [j, sha] of (c.files ?? []).entries()) {
      const upload = await findUpload(ctx, sha);
      if (!upload) add(`${i}/files/${j}`, 'Không tìm thấy tệp này trong các tệp bạn đã tải lên.', 'This file is not among the files you uploaded.');
    }
    if (c.fromRecord) {
      // A scan digitised in an earlier dossier stands in for the same paper (scan.<component key>).
      const scan = c.fromRecord === scanRecordType(c.key);
      if (!spec?.reusableFrom && !scan) add(`${i}/fromRecord`, `Thành phần «${spec?.name.vi ?? c.key}» không dùng được dữ liệu có sẵn.`, `Component '${spec?.name.en ?? c.key}' cannot be taken from held data.`);
      else if (!records.has(c.fromRecord)) add(`${i}/fromRecord`, `Không có dữ liệu «${c.fromRecord}» của người nộp trong kho dữ liệu.`, `The applicant's data store has no '${c.fromRecord}' record.`);
    }
  }
  const scanFiles = (type: string | undefined): string[] | undefined => {
    const files = type?.startsWith('scan.') ? records.get(type)?.data.files : undefined;
    return Array.isArray(files) ? files.map(String) : undefined;
  };
  const merged = def.components.map((spec): ComponentState => {
    const g = given.find((c) => c.key === spec.key);
    const before = current?.find((c) => c.key === spec.key);
    return {
      key: spec.key,
      name: spec.name,
      required: spec.required,
      paper: g?.paper ?? before?.paper ?? false,
      files: g?.files ?? scanFiles(g?.fromRecord) ?? before?.files ?? [],
      fromRecord: g?.fromRecord ?? before?.fromRecord ?? null,
      eform: Boolean(spec.form && (check.formFilled || before?.eform)),
    };
  });
  const provided = (c: ComponentState): boolean => c.paper || c.files.length > 0 || c.fromRecord !== null || c.eform;
  if (check.requireAll) {
    const missing = merged.filter((c) => c.required && !provided(c));
    if (missing.length > 0) {
      errors.push({
        field: check.path,
        in: 'body',
        message: text(`Còn thiếu thành phần hồ sơ bắt buộc: ${missing.map((m) => m.name.vi).join('; ')}.`, `Required components are missing: ${missing.map((m) => m.name.en).join('; ')}.`),
      });
    }
  }
  if (errors.length > 0) throw new Problem('validation-failed', errors[0]!.message, errors, { missingComponents: merged.filter((c) => c.required && !provided(c)).map((c) => c.key) });
  return merged;
}
