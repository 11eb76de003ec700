// The synthetic samples of the rules in aws.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of aws.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'aws-access-key-id': {
    positive: ['aws_access_key_id = ' + 'AKIA' + 'QG2G2VRPRH4MSL3N', 'id: "' + 'ASIA' + 'Y4K7ZP2QMSL3NRB6"'],
    negative: ['AKIA' + 'IOSFODNN7EXAMPLE', 'AKIA' + 'XXXXXXXXXXXXXXXX', 'XAKIA' + 'QG2G2VRPRH4MSL3N'],
  },
  'aws-appsync-key': {
    positive: [
      'const url = "https://' +
        'q3vkd7wz2m4hx8cyrp5tn6jb1f' +
        '.appsync-api.us-east-1.amazonaws.com/graphql";\nconst key = "' +
        'da2-' +
        'k7fm2qz9xw4c8vbn3hj6tp1rsl";',
    ],
    negative: [
      'const key = "' + 'da2-' + 'k7fm2qz9xw4c8vbn3hj6tp1rsl";',
      'https://abc.appsync-api.us-east-1.amazonaws.com/graphql\n' + 'da2-' + 'k7fm2qz9xw4c8vbn3hj6tp1rsl',
      'https://' + 'q3vkd7wz2m4hx8cyrp5tn6jb1f' + '.appsync-api.us-east-1.amazonaws.com/graphql\n' + 'da2-' + 'K7FM2QZ9XW4C8VBN3HJ6TP1RSL',
    ],
  },
  'aws-secret-access-key': {
    positive: [
      'AWS_SECRET_ACCESS_KEY=' + '290FDCFpvM2L8KMvRWyFGBVr0LcMLyZVc3gLynfN',
      '"secretAccessKey": "' + 'b7Kp2/Qx9LmZr4Tn8Vw3Yc6Hd1Fg5Js0Ae+Ru7Io"',
      'secret_access-key: ' + 'b7Kp2/Qx9LmZr4Tn8Vw3Yc6Hd1Fg5Js0Ae+Ru7Io',
      'AWS_SECRETKEY=' + '290FDCFpvM2L8KMvRWyFGBVr0LcMLyZVc3gLynfN',
    ],
    negative: [
      'aws_secret_access_key = ' + 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      'secret_access-token: ' + 'b7Kp2/Qx9LmZr4Tn8Vw3Yc6Hd1Fg5Js0Ae+Ru7Io',
      'AWS_SECRET_NAME=' + '290FDCFpvM2L8KMvRWyFGBVr0LcMLyZVc3gLynfN',
    ],
  },
};
