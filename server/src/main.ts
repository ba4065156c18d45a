#!/usr/bin/env node
/**
 * The motcua command line: `motcua <command>`.
 *
 *   serve                 migrate, seed demo data if enabled and empty, and serve HTTP (default)
 *   migrate               apply migrations and load the shipped reference data
 *   provision             create the agencies and the starter catalog of the province (idempotent)
 *   seed                  seed the demo data into an empty province
 *   audit verify          check the audit log's hash chain (exit code 1 when broken)
 *   audit head            print the chain head, to keep a copy outside the database
 *   admin create --username U --name "Full Name" --password P [--agency 79.UBND]
 *                         create a province administrator (first install)
 *   import-legacy <file> [--format jsonl|csv] [--batch-size N]
 *                         import an old system's export of dossiers (resumable, idempotent; docs/handover.md)
 *   transfer [--dry-run] [--extend-days N --decision "…"]
 *                         hand the imported unfinished dossiers over to the new competent agencies
 *   jobs failed           failed background jobs by kind, with an error
 *   jobs retry [--kind K] give failed jobs (of one kind) a fresh set of attempts
 *   pki init              create the local certificate authority (tests, demos) under <dataDir>/pki
 *   pki import --agency 79.UBND --file key.p12
 *                         register an agency's signing key issued by a real CA (docs/signing.md)
 *   pki remote --agency 79.UBND --url https://signer --key-id K --file certificate.pem
 *                         register an agency's key held by a remote signing service
 *   pki list              the registered signing keys
 */
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';
import { verifyAuditChain } from './platform/audit/audit.js';
import { findHead } from './platform/audit/store.js';
import { loadConfig, type Config } from './platform/config.js';
import type { ServiceContext } from './platform/context.js';
import type { Database } from './platform/db/database.js';
import { jobsCommand } from './platform/jobs/cli.js';
import { startJobRunner, type JobRunner } from './platform/jobs/index.js';
import { notifyChannels, notifyJobs } from './platform/notify/index.js';
import { bootstrapAccount } from './modules/accounts/bootstrap.js';
import { dossierDocumentJobs, dossierJobs, dossierSchedules } from './modules/dossiers/jobs.js';
import { legacyDossierJobs } from './modules/dossiers/legacy-jobs.js';
import { importLegacyCommand, transferCommand } from './modules/handover/cli.js';
import { pkiCommand } from './modules/signing/cli.js';
import { signingSettings } from './modules/signing/settings.js';
import { provision } from './provision.js';
import { demoAccountLines, seedDemo } from './demo/seed-demo.js';
import { openConfiguredDatabase, prepareDatabase } from './setup.js';

const systemActor = (name: string): Actor => ({ kind: 'system', name });

function systemContext(db: Database, config: Config, name: string): ServiceContext {
  return { db, provinceCode: config.provinceCode, actor: systemActor(name), requestId: `cli:${name}`, now: () => new Date(), publicUrl: config.publicUrl };
}

async function serve(config: Config): Promise<void> {
  const { db, engine, close } = await openConfiguredDatabase(config);
  const prepared = await prepareDatabase(db);
  const ctx = systemContext(db, config, 'serve');
  if (config.demo) await seedDemo(ctx);
  const app = await buildApp({ config, db });
  let jobs: JobRunner | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await jobs?.stop();
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // Background jobs (docs/operations.md): each module adds its registry fragment and schedules here.
  if (config.jobPollMs > 0) {
    const registry = { ...notifyJobs(notifyChannels(config, app.log)), ...dossierJobs, ...dossierDocumentJobs(signingSettings(config)), ...legacyDossierJobs };
    jobs = startJobRunner({ db, registry, intervalMs: config.jobPollMs, provinceCode: config.provinceCode, schedules: [...dossierSchedules], log: app.log });
  }
  const banner = [
    '',
    `motcua is running on ${config.publicUrl} (province ${config.provinceCode}, database: ${engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
    `API documentation: ${config.publicUrl}/api/docs`,
    ...(prepared.migrations.length ? [`Applied migrations: ${prepared.migrations.join(', ')}`] : []),
    ...(config.demo ? await demoAccountLines(ctx) : []),
    '',
  ];
  console.log(banner.join('\n'));
}

async function withDatabase(config: Config, work: (db: Database) => Promise<number | void>): Promise<number> {
  const { db, close } = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(db);
    return (await work(db)) ?? 0;
  } finally {
    await close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'extend-days': { type: 'string' },
      decision: { type: 'string' },
      'batch-size': { type: 'string' },
      file: { type: 'string' },
      url: { type: 'string' },
      'key-id': { type: 'string' },
      kind: { type: 'string' },
    },
  });
  const config = loadConfig();
  const [command = 'serve', sub] = positionals;
  switch (command) {
    case 'serve':
      await serve(config);
      return -1;
    case 'migrate':
      return withDatabase(config, async () => console.log('database is up to date'));
    case 'provision':
      return withDatabase(config, async (db) => {
        const created = await provision(systemContext(db, config, 'provision'));
        console.log(`created ${created.agencies} agencies and ${created.procedures} procedures`);
      });
    case 'seed':
      return withDatabase(config, async (db) => {
        const ctx = systemContext(db, config, 'seed');
        console.log((await seedDemo(ctx)) ? (await demoAccountLines(ctx)).join('\n') : 'the province already has accounts; nothing seeded');
      });
    case 'audit':
      return withDatabase(config, async (db) => {
        if (sub === 'head') {
          console.log(JSON.stringify((await findHead(db, config.provinceCode)) ?? null));
          return 0;
        }
        const report = await verifyAuditChain(db, config.provinceCode);
        console.log(report.ok ? `audit log of province ${report.provinceCode} is intact: ${report.checked} entries` : `AUDIT LOG BROKEN at entry ${report.brokenAt}: ${report.reason}`);
        return report.ok ? 0 : 1;
      });
    case 'admin':
      return withDatabase(config, async (db) => {
        if (sub !== 'create' || !values.username || !values.name || !values.password) {
          console.error('usage: motcua admin create --username U --name "Full Name" --password P [--agency 79.UBND]');
          return 2;
        }
        const ctx = systemContext(db, config, 'admin create');
        await provision(ctx);
        const agencyCode = values.agency ?? `${config.provinceCode}.UBND`;
        const created = await bootstrapAccount(ctx, { kind: 'staff', username: values.username, fullName: values.name, password: values.password, memberships: [{ agencyCode, role: 'admin' }], mustChangePassword: true });
        console.log(created ? `administrator ${values.username} created at ${agencyCode}; the password must be changed at first sign-in` : `username ${values.username} is taken`);
        return created ? 0 : 1;
      });
    case 'import-legacy':
      return withDatabase(config, (db) => importLegacyCommand(systemContext(db, config, 'import-legacy'), sub, values));
    case 'transfer':
      return withDatabase(config, (db) => transferCommand(systemContext(db, config, 'transfer'), values));
    case 'jobs':
      return withDatabase(config, (db) => jobsCommand(db, sub, values));
    case 'pki':
      return withDatabase(config, (db) => pkiCommand(systemContext(db, config, 'pki'), signingSettings(config), sub, values));
    default:
      console.error(`unknown command '${command}'; see the top of server/src/main.ts or docs/operations.md`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
