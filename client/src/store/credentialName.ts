// Whether a secret name is in fact a credential: a value pasted into a name box (a GitHub token is
// a valid identifier) would be kept and shown as a name, logged, sent to the language server and
// perhaps written to secretref.json. Only the known providers' formats count, never the generic
// guess, so ordinary names such as STRIPE_SECRET_KEY stay valid. Pure, and bundled with the
// server's prefilters (client/src/serverNeed.ts re-exports it), so activation never loads the rules.
import { scanCredentials } from '../../../server/src/analysis/credentials/scan';

/** The provider whose credential format `text` holds ("GitHub"); undefined: none. */
export function credentialProviderIn(text: string): string | undefined {
  return scanCredentials(text, { generic: false, unquoted: false }).find((f) => f.known)?.kind;
}
