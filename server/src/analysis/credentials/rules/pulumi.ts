// Pulumi: access token.
// Format from: https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/; gitleaks pulumi-api-token
import { prefixed } from '../prefixed';

export const pulumiToken = prefixed(
  'pulumi-token',
  'Pulumi',
  'access token',
  'PULUMI_ACCESS_TOKEN',
  ['pul-'],
  /(?<![A-Za-z0-9_-])pul-[a-f0-9]{40}(?![A-Za-z0-9_-])/g,
  'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/; gitleaks pulumi-api-token',
);
