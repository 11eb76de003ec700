// Sentry: organization or user auth token.
// Format from: https://docs.sentry.io/account/auth-tokens/; gitleaks sentry-*; trufflehog sentrytoken
import type { CredentialRule } from '../types';

export const sentryToken: CredentialRule = {
  id: 'sentry-token',
  provider: 'Sentry',
  kind: 'organization or user auth token',
  secretName: 'SENTRY_AUTH_TOKEN',
  keywords: ['sntrys_', 'sntryu_', 'sentry'],
  pattern:
    /(?<![A-Za-z0-9_])(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])|sentry[\w.-]{0,20}?(?:auth[_-]?)?token["']?\s*(?::=|=>|:|=)\s*["']?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/gi,
  minEntropy: 3.5,
  samples: {
    positive: [
      'SENTRY_AUTH_TOKEN=' + 'sntryu_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89',
      'sentry_token = ' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89',
    ],
    negative: ['sntrys_' + 'short'],
  },
  source: 'https://docs.sentry.io/account/auth-tokens/; gitleaks sentry-*; trufflehog sentrytoken',
};
