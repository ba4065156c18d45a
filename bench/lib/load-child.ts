/**
 * The load generator, in a process of its own so that it does not share the app's event
 * loop: autocannon against one route, with each request from one of 65,536 client
 * addresses (X-Forwarded-For; see app.ts) and, for lookups, a random code of a list.
 * Reads its job from the JSON file named by argv[2], writes the result to argv[3].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadJob } from './load.js';

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadJob;
const codes = job.codesFile ? readFileSync(job.codesFile, 'utf8').split('\n').filter(Boolean) : [];
let address = Math.floor(Math.random() * 65536);
const nextAddress = (): string => {
  address = (address + 1) % 65536;
  return `10.${100 + (address >> 14)}.${(address >> 8) & 63}.${address & 255}`;
};

const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  ...(job.amount ? { amount: job.amount } : {}),
  timeout: 30,
  requests: [
    {
      method: job.method,
      setupRequest: (request) => ({
        ...request,
        path: codes.length ? job.path.replace('{code}', encodeURIComponent(codes[Math.floor(Math.random() * codes.length)]!)) : job.path,
        headers: { ...job.headers, 'x-forwarded-for': nextAddress() },
        ...(job.body !== undefined ? { body: job.body } : {}),
      }),
    },
  ],
});

writeFileSync(
  process.argv[3]!,
  JSON.stringify({
    duration: result.duration,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
  }),
);
