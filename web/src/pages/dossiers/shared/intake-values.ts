import type { Fee, ProcedureComponent } from '../../../api/catalog';
import type { ApplicantInput, ComponentInput, FeeChoice, ReturnChannel, SubmitterInput } from '../../../api/dossiers';
import type { UploadedFile } from '../../../api/files';
import { formDataOf } from '../../../components/eform/eform-values';

/** What the intake forms (online and at the counter) hold, as antd form values. */
export interface IntakeValues {
  applicantType: 'person' | 'organisation';
  applicant: {
    fullName?: string;
    nationalId?: string;
    dateOfBirth?: string;
    phone?: string;
    email?: string;
    address?: string;
    orgName?: string;
    taxCode?: string;
    representative?: { fullName?: string; nationalId?: string };
  };
  onBehalf?: boolean;
  submitter?: Partial<SubmitterInput>;
  placeUnitCode?: string;
  receivingAgencyCode?: string;
  formData?: Record<string, unknown>;
  returnChannel?: ReturnChannel;
  postalAddress?: string;
  fees?: Array<{ on?: boolean; quantity?: number } | undefined>;
  paidAtCounter?: boolean;
}

/** How one component is handed in. */
export interface ComponentChoice {
  mode: 'files' | 'record' | 'paper' | 'none';
  files: UploadedFile[];
  record?: string | undefined;
  /** At the counter: paper handed in, and scans besides. */
  paper?: boolean;
}

export type ComponentChoices = Record<string, ComponentChoice>;

const text = (v: string | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function applicantOf(values: IntakeValues): ApplicantInput {
  const a = values.applicant;
  const contact = { phone: text(a.phone), email: text(a.email), address: text(a.address) };
  if (values.applicantType === 'organisation') {
    return compact({
      type: 'organisation' as const,
      orgName: text(a.orgName) ?? '',
      taxCode: text(a.taxCode) ?? '',
      representative: { fullName: text(a.representative?.fullName) ?? '', nationalId: text(a.representative?.nationalId) ?? '' },
      ...contact,
    });
  }
  return compact({ type: 'person' as const, fullName: text(a.fullName) ?? '', nationalId: text(a.nationalId) ?? '', dateOfBirth: text(a.dateOfBirth), ...contact });
}

export function submitterOf(values: IntakeValues): SubmitterInput | undefined {
  const s = values.submitter;
  if (!values.onBehalf || !s) return undefined;
  return compact({ fullName: text(s.fullName) ?? '', nationalId: text(s.nationalId) ?? '', relationship: text(s.relationship) ?? '', phone: text(s.phone) });
}

/** The components handed in; the e-form component is the form data itself. */
export function componentsOf(components: ProcedureComponent[], choices: ComponentChoices): ComponentInput[] {
  return components.flatMap((c): ComponentInput[] => {
    const choice = choices[c.key];
    if (!choice || c.form) return [];
    const files = choice.files.map((f) => f.sha256);
    if (choice.mode === 'record' && choice.record) return [{ key: c.key, fromRecord: choice.record }];
    if (choice.mode === 'paper' || choice.paper) return [{ key: c.key, paper: true, ...(files.length > 0 ? { files } : {}) }];
    if (choice.mode === 'files' && files.length > 0) return [{ key: c.key, files }];
    return [];
  });
}

export function feesOf(values: IntakeValues): FeeChoice[] {
  return (values.fees ?? []).flatMap((f, index) => (f?.on ? [{ index, quantity: Math.max(1, f.quantity ?? 1) }] : []));
}

export function feeTotal(fees: Fee[], values: IntakeValues['fees']): number {
  return (values ?? []).reduce((sum, f, i) => sum + (f?.on ? (fees[i]?.amount ?? 0) * Math.max(1, f.quantity ?? 1) : 0), 0);
}

export const cleanForm = (values: IntakeValues): Record<string, unknown> => formDataOf(values.formData ?? {});
