// GitLab: every `gl*-` token kind (personal, project and group access, deploy, runner
// authentication, pipeline trigger, feed, SCIM, OAuth application secret, incoming mail, agent,
// CI/CD job, feature flags client, workspace) and runner registration tokens. Formats: GitLab
// documentation "Token overview" (token prefixes); secretlint-rule-gitlab (MIT), gitleaks gitlab-*.
import type { CredentialRule } from '../types';

export const gitlabToken: CredentialRule = {
  id: 'gitlab-token',
  provider: 'GitLab',
  kind: 'token (glpat-, gldt-, glrt-, glptt-, …)',
  secretName: 'GITLAB_TOKEN',
  keywords: [
    'glpat-',
    'gldt-',
    'glrt-',
    'glptt-',
    'glft-',
    'glsoat-',
    'gloas-',
    'glimt-',
    'glagent-',
    'glcbt-',
    'glffct-',
    'glwt-',
    'gr1348941',
  ],
  // An OAuth application secret is exactly `gloas-` and 64 lower-case hex digits (trufflehog
  // gitlaboauth2: `\b(gloas-[0-9a-f]{64})\b`); the other kinds have 20 or more URL-safe characters.
  pattern:
    /(?<![A-Za-z0-9_-])(?:(?:(?:glpat|gldt|glrt|glptt|glft|glsoat|glimt|glagent|glcbt|glffct|glwt)-|GR1348941)[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]+){0,3}|gloas-[0-9a-f]{64})(?![0-9A-Za-z_-])/g,
  randomFrom: 6,
  source:
    'https://docs.gitlab.com/security/tokens/#token-prefixes; secretlint-rule-gitlab; gitleaks; trufflehog gitlaboauth2 (gloas- + 64 hex)',
};

export const gitlabLegacyToken: CredentialRule = {
  id: 'gitlab-legacy-token',
  provider: 'GitLab',
  kind: 'personal access token (20 characters, before the glpat- prefix)',
  secretName: 'GITLAB_TOKEN',
  keywords: ['gitlab'],
  pattern: /gitlab[\w.-]{0,20}?(?:token|secret|pat|key)["']?\s*(?::=|=>|:|=)\s*["']?(?<secret>[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/gi,
  minEntropy: 3.5,
  validate: (s) => /[0-9]/.test(s) && /[A-Za-z]/.test(s),
  source: 'https://docs.gitlab.com/security/tokens/ (tokens before GitLab 14.5 had no prefix); trufflehog gitlab v1',
};
