// NuGet: API key.
// Format from: https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys; trufflehog nugetapikey (oy2 prefix)
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const nugetKey: CredentialRule = {
  id: 'nuget-key',
  provider: 'NuGet',
  kind: 'API key',
  secretName: 'NUGET_API_KEY',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/g,
  randomFrom: 3,
  source: 'https://learn.microsoft.com/nuget/nuget-org/scoped-api-keys; trufflehog nugetapikey (oy2 prefix)',
};

export const nugetKeyedKey: CredentialRule = {
  id: 'nuget-keyed-key',
  provider: 'NuGet',
  kind: 'API key',
  secretName: 'NUGET_API_KEY',
  keywords: ['nuget'],
  pattern: near('nuget', '[a-z0-9]{46}', 40),
  minEntropy: 4,
  validate: (s) => /[0-9]/.test(s) && /[a-z]/.test(s),
  source: 'trufflehog nugetapikey (46 lower-case characters within 40 of "nuget")',
};
