import { describeAccess } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import { handoverAccessCases } from './handover.access-cases.js';

const t = await startTestApp();

describeAccess('handover', () => t, handoverAccessCases, async () => ({}));
