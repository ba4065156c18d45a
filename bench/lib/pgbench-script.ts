import type { CapturedQuery } from './capture.js';

/**
 * Turns the statements one request sent (captured from the app) into a pgbench script that
 * sends the same SQL text in the same order, with the same transaction boundaries, over the
 * extended protocol (as node-postgres does for statements with parameters): each `$n` becomes
 * a pgbench variable (sent as an untyped parameter, exactly like node-postgres sends it) or,
 * for short plain values ('79', 'officer', '1'), the same value as a literal. The values live
 * outside the script (`-D name=value`), so the script's text only changes when the app's SQL
 * does. Values that must differ in every transaction (new ids, the dossier code, the audit
 * chain position) are given as expressions over per-transaction pgbench variables instead.
 */
export interface ScriptOptions {
  /** What the script is, for its header comment. */
  title: string[];
  /** Lines at the start of every transaction (`\set …`). */
  preamble?: string[];
  /** An SQL expression to send instead of the parameter `value` of statement `index` (undefined: the value itself). */
  replace?: (value: string, index: number, query: CapturedQuery) => string | undefined;
  /** Ends statement `index` with `\gset prefix` instead of `;` (its one row becomes variables). */
  gset?: (index: number, query: CapturedQuery) => string | undefined;
  /** Meta-commands after statement `index`. */
  after?: (index: number, query: CapturedQuery) => string[];
}

export interface PgbenchScript {
  text: string;
  /** The `-D` variables the script needs. */
  variables: Record<string, string>;
}

/** A value safe to write into the script as a literal: short, and with nothing pgbench or the run would change. */
function plainLiteral(value: string): boolean {
  return /^[A-Za-z0-9_.-]{0,40}$/.test(value) && !/^\d{4}-\d{2}-\d{2}/.test(value) && !/^[0-9a-f]{16,}$/.test(value) && !/^[0-9a-f]{8}-/.test(value);
}

/** The column a parameter goes into or is compared with, to name its variable. */
function columnHints(sql: string): Map<number, string> {
  const hints = new Map<number, string>();
  const insert = /^insert into "\w+" \(([^)]*)\) values \((.*)\)/s.exec(sql);
  if (insert) {
    const columns = insert[1]!.split(',').map((c) => c.trim().replace(/"/g, ''));
    const values: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of insert[2]!) {
      if (ch === '(') depth += 1;
      if (ch === ')') {
        if (depth === 0) break;
        depth -= 1;
      }
      if (ch === ',' && depth === 0) {
        values.push(current.trim());
        current = '';
      } else current += ch;
    }
    values.push(current.trim());
    values.forEach((v, i) => {
      const m = /^\$(\d+)$/.exec(v);
      if (m && columns[i]) hints.set(Number(m[1]), columns[i]!);
    });
  }
  for (const m of sql.matchAll(/"(\w+)" (?:=|<|>|<=|>=|<>) \$(\d+)/g)) if (!hints.has(Number(m[2]))) hints.set(Number(m[2]), m[1]!);
  for (const m of sql.matchAll(/"(\w+)" (?:not )?in \(([^)]*)\)/g)) {
    for (const p of m[2]!.matchAll(/\$(\d+)/g)) if (!hints.has(Number(p[1]))) hints.set(Number(p[1]), m[1]!);
  }
  // A bare "id" says little: name it after its table (accounts_id).
  const table = /(?:from|into|update) "(\w+)"/.exec(sql)?.[1];
  for (const [n, hint] of hints) if (hint === 'id' && table) hints.set(n, `${table}_id`);
  return hints;
}

export function toPgbenchScript(queries: CapturedQuery[], options: ScriptOptions): PgbenchScript {
  const variables: Record<string, string> = {};
  const byValue = new Map<string, string>();
  // One variable per distinct value (an account id used by ten statements is one variable),
  // except instants: two that happen to fall in the same millisecond stay two variables, so
  // the script's text does not depend on timing.
  const variableFor = (value: string, hint: string): string => {
    const instant = /^\d{4}-\d{2}-\d{2}T/.test(value);
    const known = instant ? undefined : byValue.get(value);
    if (known) return known;
    const base = hint.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase() || 'p';
    let name = base;
    for (let n = 2; name in variables; n += 1) name = `${base}_${n}`;
    variables[name] = value;
    byValue.set(value, name);
    return name;
  };

  const lines = [...options.title.map((t) => `-- ${t}`.trimEnd()), ''];
  if (options.preamble?.length) lines.push(...options.preamble, '');
  queries.forEach((query, index) => {
    if (/(^|[^:]):[A-Za-z0-9_]/.test(query.sql.replace(/'[^']*'/g, "''"))) {
      throw new Error(`statement ${index + 1} has a ':name' pgbench would take for a variable: ${query.sql}`);
    }
    const hints = columnHints(query.sql);
    const sql = query.sql.replace(/\$(\d+)\b/g, (_, n: string) => {
      const value = query.params[Number(n) - 1];
      if (value === undefined) throw new Error(`statement ${index + 1}: no value for $${n}`);
      if (value === null) return 'NULL';
      const replaced = options.replace?.(value, index, query);
      if (replaced !== undefined) return replaced;
      if (plainLiteral(value)) return `'${value}'`;
      const hint = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : (hints.get(Number(n)) ?? `p${n}`);
      return `:${variableFor(value, hint)}`;
    });
    lines.push(`-- ${index + 1}`);
    const gset = options.gset?.(index, query);
    lines.push(gset ? `${sql}\n\\gset ${gset}` : `${sql};`);
    lines.push(...(options.after?.(index, query) ?? []));
  });
  return { text: `${lines.join('\n')}\n`, variables };
}

/** `-D name=value` arguments for pgbench. */
export const defineArgs = (variables: Record<string, string>): string[] => Object.entries(variables).flatMap(([k, v]) => ['-D', `${k}=${v}`]);
