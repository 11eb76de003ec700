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
  pattern:
    /(?<![A-Za-z0-9_-])(?:(?:glpat|gldt|glrt|glptt|glft|glsoat|gloas|glimt|glagent|glcbt|glffct|glwt)-|GR1348941)[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]+){0,3}(?![0-9A-Za-z_-])/g,
  randomFrom: 6,
  source: 'https://docs.gitlab.com/security/tokens/#token-prefixes; secretlint-rule-gitlab; gitleaks',
};
