// Pulumi: access token.
// Format from: https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/; gitleaks pulumi-api-token;
// trufflehog's pulumi detector.
// Pulumi issues pul- + 40 hex. The body accepted is trufflehog's, 40 lower-case letters and digits:
// bounded on both sides, pul- and 40 such characters are a Pulumi token's shape and nothing else's,
// so the wider body costs no false finding on real code. The entropy floor drops a typed filler.
import { prefixed } from '../prefixed';

export const pulumiToken = prefixed(
  'pulumi-token',
  'Pulumi',
  'access token',
  'PULUMI_ACCESS_TOKEN',
  ['pul-'],
  /(?<![A-Za-z0-9_-])pul-[a-z0-9]{40}(?![A-Za-z0-9_-])/g,
  "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/; gitleaks pulumi-api-token; trufflehog's pulumi detector",
  { randomFrom: 4, minEntropy: 3 },
);
