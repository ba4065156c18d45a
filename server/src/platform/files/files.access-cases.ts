import type { AccessCase } from '../../../test/access.js';

/** Any signed-in person may upload (a citizen filing online, an officer scanning at the desk); nobody else. */
export const fileAccessCases = (): AccessCase[] => [{ route: 'POST /api/v1/files', url: '/api/v1/files', refused: { anonymous: 401 }, allowed: 'citizen' }];
