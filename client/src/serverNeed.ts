// Whether a document needs the language server: the client starts the server only when the
// workspace uses SecretRef (client/src/lazyServer.ts). The facts are the server's own, imported,
// never copied: each dialect's `mayContain` prefilter (the test the server runs before it looks
// for references), the integration-code prefilter, and the credential scan of the
// hardcoded-secret rule. A prefilter may say yes where the server then finds nothing: the server
// starts for nothing then, which costs memory but loses no finding. Pure: no `vscode` import.
import { DIALECTS } from '../../server/src/analysis/dialects';
import { mayHoldIntegrationCode } from '../../server/src/analysis/integrations';
import { isExemptPath } from '../../server/src/analysis/rules/hardcodedSecret';
import { scanCredentials } from '../../server/src/analysis/credentials/scan';
import { probeOf } from '../../server/src/analysis/text/textSource';

// The store's check that a name is not a credential needs the same rules: it loads them from here.
export { credentialProviderIn } from './store/credentialName';

const MANIFEST = /(?:^|\/)secretref\.json$/;

/** Why the server is needed for the document at `uri` with `text`, in a few words; undefined: it is not. */
export function serverNeededFor(uri: string, text: string): string | undefined {
  const path = uri.replace(/[?#].*$/, '');
  if (MANIFEST.test(path)) return 'a secretref.json manifest is open';
  const probe = probeOf(text);
  const dialect = DIALECTS.find((d) => d.mayContain(probe));
  if (dialect) return `a document may hold ${dialect.label} references`;
  if (mayHoldIntegrationCode(probe)) return 'a document may hold integration code';
  // The widest options of the rule (guesses on, unquoted values too): a superset of what it reports.
  if (!isExemptPath(path) && scanCredentials(text, { generic: true, unquoted: true }).length > 0) {
    return 'a document holds a credential-shaped value';
  }
  return undefined;
}
