// Amazon Web Services: access key ids (the half of a key pair that names it) and secret access
// keys assigned to their usual names. Formats: AWS IAM documentation ("Understanding unique ID
// prefixes"); the secret-key assignment follows secretlint's secretlint-rule-aws (MIT) and gitleaks.
import type { CredentialRule } from '../types';

export const awsAccessKeyId: CredentialRule = {
  id: 'aws-access-key-id',
  provider: 'AWS',
  kind: 'access key id',
  secretName: 'AWS_ACCESS_KEY_ID',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
  randomFrom: 4,
  validate: (s) => !s.endsWith('EXAMPLE'),
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids; secretlint-rule-aws',
};

export const awsSecretAccessKey: CredentialRule = {
  id: 'aws-secret-access-key',
  provider: 'AWS',
  kind: 'secret access key',
  secretName: 'AWS_SECRET_ACCESS_KEY',
  // The names' openings, so every separator mix the pattern allows (`secret_access-key`, `aws_secretkey`) is looked for.
  keywords: ['secret_access', 'secret-access', 'secretaccess', 'aws_secret', 'awssecret'],
  pattern: /(?:secret[_-]?access[_-]?key|aws_?secret_?key)["']?\s*(?::=|=>|:|=|,)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  minEntropy: 4,
  // AWS's documentation examples end in EXAMPLE / EXAMPLEKEY.
  validate: (s) => !/EXAMPLE/.test(s),
  source: 'secretlint-rule-aws (AWSSecretAccessKey); gitleaks aws-secret-access-key',
};

export const awsAppSyncKey: CredentialRule = {
  id: 'aws-appsync-key',
  provider: 'AWS',
  kind: 'AppSync API key',
  secretName: 'APPSYNC_API_KEY',
  namedByKey: false,
  // A `da2-` key alone is too short a shape to tell from other text: it counts beside (within
  // 300 characters after) the GraphQL endpoint it opens, as trufflehog's detector pairs them.
  keywords: ['appsync-api.'],
  pattern:
    /(?<=https:\/\/[a-z0-9]{26}\.)appsync-api\.[a-z0-9-]+\.amazonaws\.com[^]{0,300}?(?<![A-Za-z0-9-])(?<secret>da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/g,
  multiline: true,
  randomFrom: 4,
  source: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization; trufflehog aws/appsync',
};
