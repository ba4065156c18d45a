/** Anyone may check a document: the QR on it opens the check, and a PDF can be uploaded. */
export const signingPublicRoutes = ['GET /api/v1/verify/:id', 'POST /api/v1/verify'];
