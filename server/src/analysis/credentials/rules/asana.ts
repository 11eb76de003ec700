// Asana: personal access token.
// Format from: https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const asanaToken: CredentialRule = {
  id: 'asana-token',
  provider: 'Asana',
  kind: 'personal access token',
  secretName: 'ASANA_TOKEN',
  keywords: ['2/1'],
  pattern: /(?<![A-Za-z0-9_/])2\/1\d{9,19}\/1\d{9,19}:[a-f0-9]{32}(?![A-Za-z0-9_])/g,
  source: 'https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken',
};

export const asanaKeyedToken: CredentialRule = {
  id: 'asana-keyed-token',
  provider: 'Asana',
  kind: 'personal access token (old format)',
  secretName: 'ASANA_TOKEN',
  keywords: ['asana'],
  pattern: near('asana', '[0-9]{1,64}\\/[0-9]{16,128}(?:\\/[0-9]{16,128})?:[A-Za-z0-9]{32,128}', 40, true),
  multiline: true,
  source: 'https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken',
};
