// Airtable: personal access token.
// Format from: https://airtable.com/developers/web/guides/personal-access-tokens; trufflehog airtablepersonalaccesstoken
import type { CredentialRule } from '../types';

export const airtableToken: CredentialRule = {
  id: 'airtable-token',
  provider: 'Airtable',
  kind: 'personal access token',
  secretName: 'AIRTABLE_TOKEN',
  keywords: ['pat'],
  pattern: /(?<![A-Za-z0-9_])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  source: 'https://airtable.com/developers/web/guides/personal-access-tokens; trufflehog airtablepersonalaccesstoken',
};
