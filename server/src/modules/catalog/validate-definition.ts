import type { FieldError } from '../../platform/errors.js';
import { text, type LocalizedText } from '../../platform/i18n.js';
import type { AgencyKind } from '../units/agency-kinds.js';
import { formProperties, formSchemaProblem } from './forms.js';
import { processingTimeText, statutoryHours } from './processing-time.js';
import type { ProcedureDefinition, TemplateParagraph } from './schemas.js';

export interface DefinitionContext {
  fields: Set<string>;
  agencyKinds: AgencyKind[];
  /** Slugs a procedure may link to (the catalog plus anything imported with it). */
  knownSlugs: Set<string>;
  /** Where the definition sits in the request body, e.g. 'definition'. */
  path: string;
}

/** Flow steps may name these instead of an agency kind. */
const STEP_PLACES = ['service_center', 'competent'];

/**
 * Everything about a procedure definition that a JSON Schema cannot say: references to
 * fields, agency kinds, forms and other procedures exist; keys are unique; forms compile;
 * and the flow fits in the statutory time. Returns every problem found.
 */
export function definitionProblems(def: ProcedureDefinition, ctx: DefinitionContext): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: LocalizedText): void => {
    errors.push({ field: `${ctx.path}/${field}`, in: 'body', message });
  };

  if (!ctx.fields.has(def.field)) add('field', text(`Không có lĩnh vực «${def.field}».`, `There is no field '${def.field}'.`));
  if (!ctx.agencyKinds.some((k) => k.kind === def.competentAgencyKind && k.level === def.level)) {
    add('competentAgencyKind', text(`Không có loại cơ quan «${def.competentAgencyKind}» ở cấp ${def.level === 'province' ? 'tỉnh' : 'xã'}.`, `There is no agency kind '${def.competentAgencyKind}' at ${def.level} level.`));
  }

  const formIds = def.forms.map((f) => f.id);
  duplicates(formIds).forEach((i) => add(`forms/${i}/id`, text('Mã biểu mẫu bị trùng.', 'Duplicate form id.')));
  def.forms.forEach((form, i) => {
    const problem = formSchemaProblem(form.schema);
    if (problem) add(`forms/${i}/schema`, text(`Lược đồ biểu mẫu không hợp lệ: ${problem}`, `The form schema is not valid: ${problem}`));
    const properties = new Set(formProperties(form));
    const named = [...(form.ui?.order ?? []), ...(form.ui?.groups ?? []).flatMap((g) => g.fields), ...Object.keys(form.ui?.prefill ?? {}), ...Object.keys(form.ui?.widgets ?? {})];
    const unknown = [...new Set(named.filter((p) => !properties.has(p)))];
    if (unknown.length > 0) add(`forms/${i}/ui`, text(`Giao diện nhắc đến trường không có trong biểu mẫu: ${unknown.join(', ')}.`, `The layout names fields the form does not have: ${unknown.join(', ')}.`));
  });

  duplicates(def.components.map((c) => c.key)).forEach((i) => add(`components/${i}/key`, text('Mã thành phần hồ sơ bị trùng.', 'Duplicate component key.')));
  def.components.forEach((c, i) => {
    if (c.form && !formIds.includes(c.form)) add(`components/${i}/form`, text(`Không có biểu mẫu «${c.form}» trong thủ tục.`, `The procedure has no form '${c.form}'.`));
  });

  duplicates(def.flow.map((s) => s.key)).forEach((i) =>
    add(`flow/${i}/key`, text('Bước xử lý lặp lại: quy trình không được quay vòng.', 'A step appears twice: a flow may not go round in a circle.')),
  );
  def.flow.forEach((step, i) => {
    if (!STEP_PLACES.includes(step.agency) && !ctx.agencyKinds.some((k) => k.kind === step.agency)) {
      add(`flow/${i}/agency`, text(`Không có cơ quan «${step.agency}»; dùng service_center, competent hoặc một loại cơ quan.`, `Unknown agency '${step.agency}'; use service_center, competent or an agency kind.`));
    }
  });
  const total = def.flow.reduce((sum, s) => sum + s.hours, 0);
  const allowed = statutoryHours(def.processingTime);
  if (total > allowed + 1e-9) {
    const limit = processingTimeText(def.processingTime);
    add(
      'flow',
      text(
        `Tổng thời gian các bước (${total} giờ làm việc) vượt thời hạn giải quyết theo quy định (${limit.vi} = ${allowed} giờ làm việc).`,
        `The steps take ${total} working hours in total, more than the statutory time (${limit.en} = ${allowed} working hours).`,
      ),
    );
  }

  const template = def.result.template;
  if (template?.findings) {
    const problem = formSchemaProblem(template.findings.schema);
    if (problem) add('result/template/findings/schema', text(`Lược đồ biểu mẫu kết luận không hợp lệ: ${problem}`, `The findings form schema is not valid: ${problem}`));
  }
  if (template) {
    const formFields = new Set(def.forms.flatMap((f) => formProperties(f)));
    const findingFields = new Set(template.findings ? formProperties(template.findings) : []);
    const paragraphText = (p: TemplateParagraph): string => (typeof p === 'string' ? p : p.text);
    if (template.subject?.includes('{{')) add('result/template/subject', text('Trích yếu của mẫu kết quả được in như đã viết, không dùng trường {{…}}.', 'The subject of a result template is printed as written, without {{…}} fields.'));
    const texts = [
      ...(template.paragraphs ?? []).map(paragraphText),
      ...template.lines.flatMap((l) => [l.label, l.value]),
      ...(template.closing ?? []).map(paragraphText),
      ...(template.recipients ?? []),
      ...Object.values(template.recordFields ?? {}),
    ];
    const bad = [...new Set(texts.flatMap((t) => placeholderProblems(t, formFields, findingFields)))];
    if (bad.length > 0) add('result/template', text(`Mẫu kết quả dùng trường không có: ${bad.join(', ')}.`, `The result template uses unknown placeholders: ${bad.join(', ')}.`));
  }

  def.linkedProcedures.forEach((slug, i) => {
    if (slug === def.slug) add(`linkedProcedures/${i}`, text('Thủ tục không thể liên thông với chính nó.', 'A procedure cannot be linked to itself.'));
    else if (!ctx.knownSlugs.has(slug)) add(`linkedProcedures/${i}`, text(`Không có thủ tục «${slug}» trong danh mục.`, `There is no procedure '${slug}' in the catalog.`));
  });
  return errors;
}

/** Indexes of values that already appeared earlier in the list. */
function duplicates(values: string[]): number[] {
  return values.flatMap((v, i) => (values.indexOf(v) < i ? [i] : []));
}

/** A linked-procedure cycle through `slug`, as the list of slugs, or undefined. */
export function linkCycle(slug: string, links: Map<string, string[]>): string[] | undefined {
  const walk = (current: string, path: string[]): string[] | undefined => {
    for (const next of links.get(current) ?? []) {
      if (next === slug) return [...path, next];
      if (!path.includes(next)) {
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(slug, [slug]);
}

const PLACEHOLDER = /{{\s*([^}]*?)\s*}}/g;
/** `date` dd/mm/yyyy, `iso` as stored, `number` 1.250.000 / 120,5, `upper` in capitals (the authority line of a decision). */
const FILTERS = ['date', 'iso', 'number', 'upper'];
const SCOPES: Record<string, string[] | 'form' | 'findings'> = {
  form: 'form',
  findings: 'findings',
  applicant: ['fullName', 'nationalId', 'phone', 'email', 'address', 'orgName', 'taxCode'],
  dossier: ['code', 'receivedAt', 'dueAt'],
  document: ['number'],
  agency: ['name'],
  procedure: ['name', 'code'],
};

/** Placeholders of a template text that name nothing known. */
export function placeholderProblems(value: string, formFields: Set<string>, findingFields: Set<string> = new Set()): string[] {
  return [...value.matchAll(PLACEHOLDER)].flatMap(([whole, inner]) => {
    const [rawPath = '', filter] = (inner ?? '').split('|');
    const path = rawPath.trim();
    if (filter !== undefined && !FILTERS.includes(filter.trim())) return [whole];
    if (path === 'date') return [];
    const [scope = '', field = ''] = path.split('.');
    const allowed = SCOPES[scope];
    if (!allowed) return [whole];
    if (allowed === 'form') return formFields.has(field) ? [] : [whole];
    if (allowed === 'findings') return findingFields.has(field) ? [] : [whole];
    return allowed.includes(field) ? [] : [whole];
  });
}
