import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/web-api-types.js';

test('the web app\'s API types match the server\'s routes (else run `npm run api:types`)', async () => {
  expect(readFileSync(API_TYPES_FILE, 'utf8') === (await generateApiTypes()), 'web/src/api/schema.gen.ts is out of date: run `npm run api:types`').toBe(true);
});
