/** Units and agencies are public information: every route is open to everyone. */
export const unitPublicRoutes = [
  'GET /api/v1/units',
  'GET /api/v1/units/resolve',
  'GET /api/v1/units/:code',
  'GET /api/v1/agencies',
  'GET /api/v1/agencies/:code',
];
