import { describeAccess } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import { accountAccessCases } from './accounts.access-cases.js';

const t = await startTestApp();

async function accountIds(): Promise<Record<string, string>> {
  const rows = await t.db.selectFrom('accounts').select(['username', 'id']).execute();
  return Object.fromEntries(rows.map((r) => [r.username, r.id]));
}

describeAccess('accounts', () => t, accountAccessCases, accountIds);
