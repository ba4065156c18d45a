import { join } from 'node:path';

/** The repository root, wherever the process was started from. */
export const projectRoot = join(import.meta.dirname, '../../..');

/** A file shipped under the project's data/ folder. */
export const dataPath = (...parts: string[]): string => join(projectRoot, 'data', ...parts);
