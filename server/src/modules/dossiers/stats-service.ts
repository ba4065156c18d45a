import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { listFields } from '../catalog/store.js';
import { visibleAgencies } from './policy.js';
import { agencyStats } from './store.js';

const dayStart = (date: string): Date => new Date(`${date}T00:00:00+07:00`);

/** An agency's dashboard: received, finished on time or late, in progress, by field and by day. */
export async function dashboard(ctx: ServiceContext, agencyCode: string, from: string, to: string) {
  const visible = visibleAgencies(ctx.actor);
  if (visible && !visible.includes(agencyCode)) throw forbidden(text('Bạn chỉ xem được số liệu của cơ quan mình.', "You can only see your own agencies' figures."));
  const stats = await agencyStats(ctx.db, ctx.provinceCode, agencyCode, dayStart(from), new Date(dayStart(to).getTime() + 86_400_000), ctx.now());
  const fields = new Map((await listFields(ctx.db)).map((f) => [f.slug, f.name]));
  return { agencyCode, from, to, ...stats, byField: stats.byField.map((f) => ({ ...f, name: fields.get(f.field) ?? { vi: f.field, en: f.field } })) };
}
