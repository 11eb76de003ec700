// Asana: personal access token.
// Format from: https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken
import type { CredentialRule } from '../types';

export const asanaToken: CredentialRule = {
  id: 'asana-token',
  provider: 'Asana',
  kind: 'personal access token',
  secretName: 'ASANA_TOKEN',
  keywords: ['asana', '2/1'],
  pattern:
    /(?<![A-Za-z0-9_/])2\/1\d{9,19}\/1\d{9,19}:[a-f0-9]{32}(?![A-Za-z0-9_])|asana[^\r\n]{0,40}?(?<![A-Za-z0-9_/])(?<secret>[0-9]\/[0-9]{16}:[A-Za-z0-9]{32})(?![A-Za-z0-9_])/gi,
  source: 'https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken',
};
