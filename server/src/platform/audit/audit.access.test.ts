import { describeAccess } from '../../../test/access.js';
import { startTestApp } from '../../../test/harness.js';
import { auditAccessCases } from './audit.access-cases.js';

const t = await startTestApp();

describeAccess('audit', () => t, auditAccessCases, async () => ({}));
