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
  samples: {
    positive: ['ASANA_TOKEN=' + '2/1204829017395378/1209876543810987:' + 'c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['2/1204829017395378/1209876543810987:' + '00000000000000000000000000000000'],
  },
  source: 'https://developers.asana.com/docs/personal-access-token; trufflehog asanapersonalaccesstoken',
};
