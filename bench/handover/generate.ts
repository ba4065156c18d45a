/**
 * Writes a realistic export of the old one-stop systems of Hồ Chí Minh City's districts
 * (see server/src/modules/handover/generator.ts):
 *
 *   npx tsx bench/handover/generate.ts <out.jsonl|out.csv> [--size 100000] [--districts 760,787] [--seed 2025]
 */
import { parseArgs } from 'node:util';
import { writeLegacyExport } from '../../server/src/modules/handover/generator.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { size: { type: 'string' }, districts: { type: 'string' }, seed: { type: 'string' } } });
const out = positionals[0];
if (!out) {
  console.error('usage: npx tsx bench/handover/generate.ts <out.jsonl|out.csv> [--size N] [--districts 760,787] [--seed N]');
  process.exit(2);
}
const started = Date.now();
const { rows } = await writeLegacyExport(out, out.endsWith('.csv') ? 'csv' : 'jsonl', {
  size: Number(values.size ?? 100_000),
  ...(values.districts ? { districts: values.districts.split(',') } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
});
console.log(`${rows} rows written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
