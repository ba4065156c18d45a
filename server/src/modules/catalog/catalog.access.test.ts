import { describeAccess } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import { catalogAccessCases } from './catalog.access-cases.js';

const t = await startTestApp();

describeAccess('catalog and calendar', () => t, catalogAccessCases, async () => ({}));
