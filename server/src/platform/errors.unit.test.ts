import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemTypes } from './errors.js';
import { projectRoot } from './paths.js';

describe('problem types', () => {
  it('are all documented in docs/api/problems.md with both titles', () => {
    const doc = readFileSync(`${projectRoot}/docs/api/problems.md`, 'utf8');
    for (const [slug, { status, title }] of Object.entries(problemTypes)) {
      expect(doc).toContain(`| \`/problems/${slug}\` | ${status} | ${title.vi} | ${title.en} |`);
    }
  });

  it('have a 4xx or 5xx status and a Vietnamese title with diacritics', () => {
    for (const { status, title } of Object.values(problemTypes)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(title.vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
    }
  });
});
