import { readFileSync } from 'node:fs';
import { actorLabel } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { invalidField } from '../errors.js';
import { text } from '../i18n.js';
import { CalendarConfigError, DEFAULT_CONFIG_PATH, parseCalendarConfig, type CalendarConfig, type YearConfig } from './config.js';
import { localDateOf } from './local-date.js';
import { saveYear, yearOverrides } from './store.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.js';

let shipped: CalendarConfig | undefined;
const shippedConfig = (): CalendarConfig => (shipped ??= parseCalendarConfig(JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'))));

const built = new Map<string, WorkingCalendar>();

/**
 * The working calendar of the context's province: the shipped yearly decisions
 * (data/calendar/working-calendar.json) with the province's recorded years on top.
 * Calendars are cached by their content, so a change made by any process takes effect at
 * the next call everywhere.
 */
export async function workingCalendar(ctx: ServiceContext): Promise<WorkingCalendar> {
  const overrides = await yearOverrides(ctx.db, ctx.provinceCode);
  const config: CalendarConfig = { ...shippedConfig(), years: { ...shippedConfig().years, ...Object.fromEntries(overrides.map((o) => [String(o.year), o.config])) } };
  const key = JSON.stringify(config.years);
  let calendar = built.get(key);
  if (!calendar) {
    if (built.size > 50) built.clear();
    calendar = createWorkingCalendar(config);
    built.set(key, calendar);
  }
  return calendar;
}

/** The decisions in force for a year, and where they come from. */
export async function yearDecisions(ctx: ServiceContext, year: number): Promise<{ config: YearConfig | null; origin: 'province' | 'shipped' | 'law'; updatedBy: string | null }> {
  const override = (await yearOverrides(ctx.db, ctx.provinceCode)).find((o) => o.year === year);
  if (override) return { config: override.config, origin: 'province', updatedBy: override.updatedBy };
  const fromFile = shippedConfig().years[String(year)];
  return fromFile ? { config: fromFile, origin: 'shipped', updatedBy: null } : { config: null, origin: 'law', updatedBy: null };
}

/**
 * Records the Government's decisions for a year (Tết days, the day joined to National
 * Day, swapped days off and make-up working days). Refused with a clear message when a
 * date is outside the year, listed twice, or National Day's partner is not 1 or 3 September.
 */
export async function setYearDecisions(ctx: ServiceContext, year: number, config: YearConfig): Promise<void> {
  try {
    parseCalendarConfig({ ...shippedConfig(), years: { [String(year)]: config } });
  } catch (error) {
    if (error instanceof CalendarConfigError) {
      const detail = error.problems.join('; ');
      throw invalidField('config', text(`Lịch năm ${year} không hợp lệ: ${detail}`, `The calendar for ${year} is not valid: ${detail}`));
    }
    throw error;
  }
  await withTransaction(ctx, async (tx) => {
    const before = await yearDecisions(tx, year);
    await saveYear(tx.db, tx.provinceCode, year, config, tx.now(), actorLabel(tx.actor));
    await recordAudit(tx, { action: 'calendar.year_set', entityType: 'calendar_year', entityId: String(year), before: before.config, after: config });
  });
}

/** Today's date in Vietnam for the context's clock. */
export const today = (ctx: ServiceContext): string => localDateOf(ctx.now());
