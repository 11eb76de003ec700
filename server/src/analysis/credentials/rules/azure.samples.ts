// The synthetic samples of the rules in azure.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of azure.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'azure-storage-key': {
    positive: [
      'DefaultEndpointsProtocol=https;AccountName=corpstore;' +
        'AccountKey=' +
        '0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7D' +
        'Dj1HB05D1YMq7Gh5bwtB6SN81SWfBm8tSKDmsJJtNlQ==;EndpointSuffix=core.windows.net',
    ],
    negative: ['AccountKey=' + 'A'.repeat(86) + '==', 'AccountKey=<storage-account-key>'],
  },
  'azure-sas': {
    positive: [
      'https://corpstore.blob.core.windows.net/c/f.txt?' +
        'sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&' +
        'sig=' +
        '0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7DDj1H%3D',
    ],
    negative: ['?sv=2022-11-02&sig=<signature>'],
  },
  'azure-client-secret': {
    positive: ['AZURE_CLIENT_SECRET=' + 'abc8Q~' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R4g'],
    negative: ['abc8Q~' + 'short'],
  },
};
