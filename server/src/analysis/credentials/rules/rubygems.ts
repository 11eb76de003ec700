// RubyGems: API key.
// Format from: https://guides.rubygems.org/api-key-scopes/; gitleaks rubygems-api-token
import type { CredentialRule } from '../types';

export const rubygemsKey: CredentialRule = {
  id: 'rubygems-key',
  provider: 'RubyGems',
  kind: 'API key',
  secretName: 'GEM_HOST_API_KEY',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])/g,
  randomFrom: 9,
  source: 'https://guides.rubygems.org/api-key-scopes/; gitleaks rubygems-api-token',
};
