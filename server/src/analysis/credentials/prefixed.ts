// A credential rule for a provider's prefixed token format: the common case, in one call.
import type { CredentialRule } from './types';

export function prefixed(
  id: string,
  provider: string,
  kind: string,
  secretName: string,
  keywords: string[],
  pattern: RegExp,
  source: string,
  extra: Partial<CredentialRule> = {},
): CredentialRule {
  return { id, provider, kind, secretName, keywords, pattern, source, ...extra };
}
