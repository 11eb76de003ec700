// `secretref/referenceForms`: how each dialect writes a reference to a secret, for the client's
// Copy Reference and Insert Reference. The dialects themselves say it (analysis/features/referenceForms.ts).
import { referenceForms } from '../analysis/features/referenceForms';
import { REFERENCE_FORMS, type ReferenceFormsParams, type ReferenceFormsResult } from './protocol';
import { guard } from './safety';
import type { Feature } from './feature';

export const referenceFormsFeature: Feature = (session) => {
  session.connection.onRequest(
    REFERENCE_FORMS,
    guard(session.log, REFERENCE_FORMS, { dialects: [] }, (params: ReferenceFormsParams): ReferenceFormsResult => {
      const name = typeof params?.name === 'string' && params.name !== '' ? params.name : 'NAME';
      const languageId = typeof params?.languageId === 'string' ? params.languageId : undefined;
      return { dialects: referenceForms(session.settings.analysis, name, languageId) };
    }),
  );
  return {};
};
