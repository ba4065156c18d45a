import type { Database } from '../db/database.js';
import { retryFailedJobs, summariseFailedJobs } from './store.js';

/** `motcua jobs failed | jobs retry [--kind K]` (docs/operations.md, Jobs). */
export async function jobsCommand(db: Database, sub: string | undefined, values: { kind?: string | undefined }): Promise<number> {
  switch (sub) {
    case 'failed': {
      const failed = await summariseFailedJobs(db);
      if (!failed.length) console.log('no failed jobs');
      for (const f of failed) console.log([f.kind, f.count, f.lastError ?? ''].join('\t'));
      return 0;
    }
    case 'retry':
      console.log(`${await retryFailedJobs(db, new Date(), values.kind)} failed job(s) will run again`);
      return 0;
    default:
      console.error('usage: motcua jobs failed | jobs retry [--kind dossiers.issue-document]');
      return 2;
  }
}
