import { publicAccess } from '../../platform/auth/access.js';

/**
 * Administrative units and the agencies acting in them are public information: anyone may
 * read them, signed in or not. Creating agencies is an operator task (`motcua provision`),
 * not an API call.
 */
export const readUnits = publicAccess;
