import type { Migration } from 'kysely';
import * as m0001 from './0001-platform.js';
import * as m0002 from './0002-units.js';
import * as m0003 from './0003-accounts.js';
import * as m0004 from './0004-catalog.js';
import * as m0005 from './0005-platform-jobs-files-notify.js';
import * as m0006 from './0006-dossiers.js';
import * as m0007 from './0007-handover.js';
import * as m0008 from './0008-signing.js';
import * as m0009 from './0009-unmatched-payments.js';
import * as m0010 from './0010-unmatched-reasons-refunds.js';
import * as m0011 from './0011-dossier-findings.js';
import * as m0012 from './0012-open-assignments-index.js';

/**
 * Every migration, in order. Migrations only go forward: a released one is never edited;
 * a change is a new file here.
 */
export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-units': m0002,
  '0003-accounts': m0003,
  '0004-catalog': m0004,
  '0005-platform-jobs-files-notify': m0005,
  '0006-dossiers': m0006,
  '0007-handover': m0007,
  '0008-signing': m0008,
  '0009-unmatched-payments': m0009,
  '0010-unmatched-reasons-refunds': m0010,
  '0011-dossier-findings': m0011,
  '0012-open-assignments-index': m0012,
};
