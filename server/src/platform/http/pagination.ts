import { Type, type TSchema } from '@sinclair/typebox';
import { Problem } from '../errors.js';
import { text } from '../i18n.js';

/** Query parameters every list route takes. */
export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50, title: 'Số mục mỗi trang', 'x-title-en': 'Items per page' }),
  cursor: Type.Optional(Type.String({ maxLength: 500, pattern: '^[A-Za-z0-9_-]*$', title: 'Con trỏ trang', 'x-title-en': 'Page cursor' })),
};

/** A page of a list: the items and the cursor of the next page (null on the last page). */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** An opaque cursor holding the sort key of the last item returned. */
export const encodeCursor = (key: readonly (string | number)[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Reads a cursor back; a cursor that was not made by `encodeCursor` is a 400. */
export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && key.every((v, i) => typeof v === shape[i])) return key;
  } catch {
    // fall through to the problem below
  }
  throw new Problem('invalid-cursor', text('Con trỏ phân trang không hợp lệ; hãy bắt đầu lại từ trang đầu.', 'The page cursor is not valid; start again from the first page.'), [
    { field: 'cursor', in: 'query', message: text('Con trỏ không hợp lệ.', 'Invalid cursor.') },
  ]);
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only says another page
 * exists; the cursor is the sort key of the last row shown.
 */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly (string | number)[]): PageOf<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
