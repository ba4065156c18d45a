/** Debian's Chromium (apt-get install -y chromium); another one with MOTCUA_CHROMIUM. */
export const CHROMIUM_PATH = process.env.MOTCUA_CHROMIUM ?? '/usr/bin/chromium';
