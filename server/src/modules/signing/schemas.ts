import { Type } from '@sinclair/typebox';
import { Uuid } from '../../platform/http/schema-types.js';

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const IssuedDocument = Type.Object({
  id: Uuid(),
  kind: Type.String(),
  kindName: Localized,
  title: Type.String(),
  number: Type.Union([Type.String(), Type.Null()]),
  issuerAgencyCode: Type.String(),
  sha256: Type.String({ description: 'SHA-256 of the signed PDF as issued' }),
  signedAt: Type.String({ format: 'date-time' }),
  verifyUrl: Type.String({ description: 'The public verification page (also in the QR code on the document)' }),
});

export const SignatureCheck = Type.Object({
  valid: Type.Boolean({ description: 'Unchanged since signing, covering the whole file, signature verifies, signer trusted' }),
  coversWholeFile: Type.Boolean(),
  unchanged: Type.Boolean(),
  signatureVerifies: Type.Boolean(),
  trusted: Type.Boolean(),
  signer: Type.Union([Type.Object({ commonName: Type.String(), organization: Type.String(), serial: Type.String() }), Type.Null()]),
  signingTime: Type.Union([Type.String(), Type.Null()], { description: 'The time the signer claims' }),
  timeStamped: Type.Boolean(),
  timeStampTime: Type.Union([Type.String(), Type.Null()], { description: 'The time a trusted time-stamping authority vouches for' }),
  problems: Type.Array(Type.Object({ code: Type.String(), message: Type.Object({ vi: Type.String(), en: Type.String() }) })),
});

export const Verification = Type.Object({
  document: Type.Union([
    Type.Intersect([IssuedDocument, Type.Object({ issuerName: Type.String(), ownerType: Type.String(), ownerId: Type.String() })]),
    Type.Null(),
  ]),
  originalIssuedHere: Type.Boolean({ description: 'The file is byte for byte a document issued by this platform' }),
  signature: SignatureCheck,
  /** The dossier the document belongs to, when it is a dossier's. */
  dossierCode: Type.Union([Type.String(), Type.Null()]),
});

export const DocumentParams = Type.Object({ id: Uuid({ title: 'Mã văn bản', 'x-title-en': 'Document id' }) });
