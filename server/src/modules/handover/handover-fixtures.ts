import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceContext } from '../../platform/context.js';
import type { TestApp } from '../../../test/harness.js';

/** Test helpers for the hand-over: files in a scratch directory, a system context on the test database. */
export const scratch = mkdtempSync(join(tmpdir(), 'motcua-handover-'));

export function writeScratch(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

export const systemCtx = (t: TestApp, now: () => Date = () => new Date()): ServiceContext => ({
  db: t.db,
  provinceCode: '79',
  actor: { kind: 'system', name: 'test' },
  requestId: 'test',
  now,
});

/** A valid legacy row (JSON Lines shape) received by old Quận 1, with anything overridden. */
export const legacyRow = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: '000.00.60.H29-250620-0001',
  receivingAgency: { code: '000.00.60.H29', name: 'Bộ phận Một cửa UBND Quận 1' },
  receivingUnitCode: '760',
  procedure: { code: '2.000815', name: 'Chứng thực bản sao từ bản chính' },
  applicant: { type: 'person', fullName: 'Lê Thị Cúc', nationalId: '079185004321', phone: '0912000111', address: { commune: 'Phường Bến Nghé', district: 'Quận 1', province: 'TP. Hồ Chí Minh' } },
  receivedAt: '2025-06-20 09:15',
  dueAt: '2025-06-27 17:00',
  status: 4,
  history: [{ at: '2025-06-20 09:15', action: 'received', actor: 'Cán bộ một cửa Quận 1', status: 2 }],
  files: [{ name: 'ban-chinh.pdf', path: 'scan/2025/06/0001.pdf' }],
  ...overrides,
});

export const jsonl = (rows: unknown[]): string => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
