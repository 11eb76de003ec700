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
    /(?<![A-Za-z0-9_])(?:sntrys_eyJ[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])|sentry[\w.-]{0,20}?(?:auth[_-]?)?token["']?\s*(?::=|=>|:|=)\s*["']?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/gi,
  minEntropy: 3.5,
  source: 'https://docs.sentry.io/account/auth-tokens/; gitleaks sentry-*; trufflehog sentrytoken',
};
