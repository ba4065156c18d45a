import { describe, expect, it } from 'vitest';
import { preferredLanguage, text } from './i18n.js';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi'],
    ['en;q=0.1, vi;q=0.9', 'vi'],
    ['vi;q=0.2, en;q=0.8', 'en'],
    ['en-US;q=0.9, vi', 'vi'],
    ['fr-FR, de', 'vi'],
    ['*', 'vi'],
    ['garbage', 'vi'],
    [';;;,,,q=', 'vi'],
    ['en;q=abc, vi;q=0.5', 'vi'],
  ])('%j → %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});

describe('text', () => {
  it('pairs the Vietnamese and English wording', () => {
    expect(text('Xin chào', 'Hello')).toEqual({ vi: 'Xin chào', en: 'Hello' });
  });
});
