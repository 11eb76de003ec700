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
      'azure-storage-key: ' + '0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7D' + 'Dj1HB05D1YMq7Gh5bwtB6SN81SWfBm8tSKDmsJJtNlQ==',
    ],
    negative: [
      'AccountKey=' + 'A'.repeat(86) + '==',
      'AccountKey=<storage-account-key>',
      'storage-key: ' + 'A'.repeat(86) + '==',
      'storage-key: <storage-account-key>',
    ],
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
  'azure-app-configuration-secret': {
    positive: [
      'AppConfig=Endpoint=https://corp-settings.azconfig.io;Id=' +
        'Xk3q-l9-s0:Vb2Q' +
        ';Secret=' +
        'Qw7rT2yU9pL4kZ8xC1vB6nM3hJ5gF0dSaE2wR7tY9uI=',
    ],
    negative: [
      'Endpoint=https://corp-settings.azconfig.io;Id=<id>;Secret=<secret>',
      'Endpoint=https://corp-settings.azconfig.io;Id=' + 'Xk3q-l9-s0:Vb2Q' + ';Secret=' + 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    ],
  },
  'azure-client-secret': {
    positive: ['AZURE_CLIENT_SECRET=' + 'abc8Q~' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R4g'],
    negative: ['abc8Q~' + 'short'],
  },
  'azure-refresh-token': {
    positive: [
      '"refresh_token": "' +
        '0.A8ISsWbV9J6Das4VuRAhzjRZlchCl24o2rOugv' +
        'kZ189XdkyHTUXNoGEQUVwdW.Ag3edC2fXAnCwjJe' +
        '3J-Sg6VARK689Ev7UxyCaIRwEbfFoUtdPJpD9_TH' +
        '4u5LfJQ4BKGdadqI1rEz38hHf13lZzSVXuctdej1' +
        'zWmTyNI_pBYFj0TPkQslNNx3UwdA_4_whR6EPmCa' +
        'UUJz3LCsQu7XF66gD0Y4gnNScP-UNvr9CrG-f2UK' +
        '0KXPsqHeW02HR0W-XZxvAGoIgTNrNBdNfbvzuzLy' +
        'xNcnU-z5maqY_L7TX1dJct_Un2ZVjqShDn2khbFd' +
        'odD8A6R2OEYlRhUsMp_rJbzDp93RZORW_RyUiDRX' +
        'Iq4JGR' +
        '"',
    ],
    negative: [
      '0.A' + 'short.AgABAAEAAAD',
      '1.A' +
        'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' +
        '.Ag' +
        'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
