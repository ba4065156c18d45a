import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { toDayNumber, TIMEZONE } from './local-date.js';
import { LUNAR_RANGE } from './lunar.js';

/**
 * The yearly working-calendar configuration (data/calendar/working-calendar.json): what
 * the Government decided for a year on top of the Labour Code defaults (holidays.ts).
 * The file format is described in data/calendar/README.md and docs/calendar.md.
 */

const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const Reason = Type.Object({ vi: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, { additionalProperties: false });
export type Reason = Static<typeof Reason>;

/** A legal document a year's schedule comes from. */
export const Source = Type.Object(
  {
    document: Type.String({ minLength: 1 }),
    issuer: Type.String({ minLength: 1 }),
    date: DateString,
    about: Type.String({ minLength: 1 }),
    url: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof Source>;

/** A day that the config makes a day off, or a working day. */
export const DatedEntry = Type.Object(
  { date: DateString, reason: Reason, source: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export type DatedEntry = Static<typeof DatedEntry>;

export const YearConfig = Type.Object(
  {
    /** The 5 days the Government fixed as Tết (Art. 112(3)); replaces the default Tết days. */
    tetDays: Type.Optional(Type.Array(DateString, { minItems: 1, maxItems: 10 })),
    /** 1 or 3 September as fixed by the Government; replaces the default adjacent day. */
    nationalDayAdjacentDay: Type.Optional(DateString),
    /** Extra days off: the weekday half of a swap (hoán đổi), or an extra holiday. */
    daysOff: Type.Array(DatedEntry),
    /** Days that are working days whatever the rules say: make-up Saturdays (làm bù). */
    workingDays: Type.Array(DatedEntry),
    sources: Type.Array(Source),
    /** True while the year's data is not confirmed against the official document. */
    verify: Type.Boolean(),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type YearConfig = Static<typeof YearConfig>;

export const CalendarConfig = Type.Object(
  {
    $comment: Type.Optional(Type.String()),
    timezone: Type.Literal(TIMEZONE),
    /** Local hour (may be fractional, e.g. 16.5) at which the one-stop desk closes. */
    closingHour: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 24 }),
    years: Type.Record(Type.String({ pattern: '^\\d{4}$' }), YearConfig),
  },
  { additionalProperties: false },
);
export type CalendarConfig = Static<typeof CalendarConfig>;

export class CalendarConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid working-calendar config:\n- ${problems.join('\n- ')}`);
    this.name = 'CalendarConfigError';
  }
}

/** Where the repository keeps the config. */
export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL('../../../../data/calendar/working-calendar.json', import.meta.url));

/** Validates a parsed JSON value; throws {@link CalendarConfigError} listing every problem. */
export function parseCalendarConfig(value: unknown): CalendarConfig {
  if (!Value.Check(CalendarConfig, value)) {
    throw new CalendarConfigError([...Value.Errors(CalendarConfig, value)].map((e) => `${e.path || '/'}: ${e.message}`));
  }
  const problems = Object.entries(value.years).flatMap(([year, config]) => yearProblems(Number(year), config));
  if (problems.length > 0) throw new CalendarConfigError(problems);
  return value;
}

/** Reads and validates the config file (default: the repository's). */
export async function loadCalendarConfig(path: string = DEFAULT_CONFIG_PATH): Promise<CalendarConfig> {
  const text = await readFile(path, 'utf8');
  return parseCalendarConfig(JSON.parse(text) as unknown);
}

function yearProblems(year: number, config: YearConfig): string[] {
  const problems: string[] = [];
  if (year < LUNAR_RANGE.firstYear || year > LUNAR_RANGE.lastYear) problems.push(`${year}: year out of range`);
  const inYear = (date: string, where: string): void => {
    if (!isDateIn(date, year)) problems.push(`${year}/${where}: ${date} is not a valid date in ${year}`);
  };
  config.tetDays?.forEach((date) => inYear(date, 'tetDays'));
  const adjacent = config.nationalDayAdjacentDay;
  if (adjacent !== undefined && adjacent !== `${year}-09-01` && adjacent !== `${year}-09-03`) {
    problems.push(`${year}/nationalDayAdjacentDay: must be ${year}-09-01 or ${year}-09-03 (Labour Code Art. 112(1)(đ))`);
  }
  const seen = new Map<string, string>();
  for (const [list, entries] of [['daysOff', config.daysOff], ['workingDays', config.workingDays]] as const) {
    for (const { date } of entries) {
      inYear(date, list);
      const other = seen.get(date);
      if (other) problems.push(`${year}: ${date} is listed twice (${other} and ${list})`);
      seen.set(date, list);
    }
  }
  return problems;
}

function isDateIn(date: string, year: number): boolean {
  try {
    toDayNumber(date);
  } catch {
    return false;
  }
  return date.startsWith(`${year}-`);
}
