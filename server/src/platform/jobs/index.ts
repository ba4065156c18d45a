/**
 * The durable job queue: background work stored in PostgreSQL, enqueued in the transaction
 * of the change that causes it (see docs/decisions/0004-job-queue-in-postgresql.md).
 */
export { defaultBackoffSeconds, defineJob, jobRegistry, type JobContext, type JobDefinition, type JobLogger, type JobOptions, type JobRegistry } from './define.js';
export { enqueue, type Enqueue } from './enqueue.js';
export { retryFailedJobs, summariseFailedJobs, type FailedJobSummary } from './store.js';
export { runDueJobs, type RunOptions } from './run.js';
export { startJobRunner, type JobRunner, type JobRunnerOptions } from './runner.js';
export { enqueueScheduled, schedule, slotStart, type Schedule, type ScheduledPayload } from './schedule.js';
