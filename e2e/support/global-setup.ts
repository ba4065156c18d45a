import { existsSync } from 'node:fs';
import { WEB_DIST } from '../../server/src/web.js';
import { CHROMIUM_PATH } from './chromium.js';

/** The browser tests need the built app and a Chromium; say how to get them rather than time out. */
export default function setup(): void {
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error('web/dist is missing: run `npm run build:web` first (`npm run test:e2e` does it).');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium) or set MOTCUA_CHROMIUM.`);
  }
}
