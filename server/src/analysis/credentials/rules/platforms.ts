// Developer platforms with prefixed tokens: Vercel, Tailscale, Databricks, HashiCorp Vault and
// Terraform Cloud, Figma, Cloudflare, 1Password service accounts, Linear, Notion, DigitalOcean,
// Doppler, Pulumi, Postman and age. Formats: each provider's
// documentation; secretlint's rules for vercel, tailscale, databricks, hashicorp-vault, figma,
// cloudflare, 1password, linear and notion (MIT); gitleaks digitalocean-*, doppler-api-token,
// pulumi-api-token, postman-api-token.
import { decodeJsonSegment } from '../checks';
import type { CredentialRule } from '../types';

function prefixed(id: string, provider: string, kind: string, secretName: string, keywords: string[], pattern: RegExp, positive: string[], negative: string[], source: string, extra: Partial<CredentialRule> = {}): CredentialRule {
  return { id, provider, kind, secretName, keywords, pattern, samples: { positive, negative }, source, ...extra };
}

export const vercelToken = prefixed('vercel-token', 'Vercel', 'access token', 'VERCEL_TOKEN', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  /(?<![A-Za-z0-9_])vc[picrka]_[A-Za-z0-9]{20,60}(?![A-Za-z0-9_])/g,
  ['VERCEL_TOKEN=' + 'vcp_' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFF'], ['vcp_' + 'xxxxxxxxxxxxxxxxxxxxxxxx'], 'secretlint-rule-vercel', { randomFrom: 4 });

export const tailscaleKey = prefixed('tailscale-key', 'Tailscale', 'auth, API, OAuth client, SCIM or webhook key', 'TAILSCALE_AUTHKEY', ['tskey-'],
  /(?<![A-Za-z])tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}(?![0-9A-Za-z_-])/g,
  ['TS_AUTHKEY=' + 'tskey-auth-' + 'kQ7zP2xY3CNTRL-' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R'], ['tskey-auth-' + 'XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXX'], 'https://tailscale.com/kb/1085/auth-keys; secretlint-rule-tailscale');

export const databricksToken = prefixed('databricks-token', 'Databricks', 'personal access token', 'DATABRICKS_TOKEN', ['dapi'],
  /(?<![A-Za-z0-9])dapi[A-Fa-f0-9]{32}(?:-\d)?(?![A-Za-z0-9])/g,
  ['DATABRICKS_TOKEN=' + 'dapi' + 'c266e0a7c26e962ae81dd6203f9ff477'], ['dapi' + '00000000000000000000000000000000'], 'https://docs.databricks.com/dev-tools/auth/pat.html; secretlint-rule-databricks');

export const vaultToken = prefixed('vault-token', 'HashiCorp', 'Vault service, batch or recovery token, or Terraform Cloud token', 'VAULT_TOKEN', ['hvs.', 'hvb.', 'hvr.', '.atlasv1.'],
  /(?<![A-Za-z0-9_-])(?:hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}|hvr\.[A-Za-z0-9_-]{90,120}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_-])/g,
  ['VAULT_TOKEN=' + 'hvs.' + 'CAESI' + 'wJfSCq65Vl9PpYRQQPr6K6qkvzqqM3Kj6D5g3nK4kNj18mgn1DvqmrSMCYWp1qc05dTKwS8yCYs8JkW0dGglW2lJfkR', 'token = "' + 'zQPPST2ML0GrBS' + '.atlasv1.' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F"'],
  ['hvs.' + 'short'], 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes; secretlint-rule-hashicorp-vault; gitleaks hashicorp-tf-api-token');

export const figmaToken = prefixed('figma-token', 'Figma', 'personal access token', 'FIGMA_TOKEN', ['figd_', 'figp_', 'figo_', 'figu_'],
  /(?<![A-Za-z0-9_-])fig[dpou]_[A-Za-z0-9_-]{36,200}={0,2}(?![A-Za-z0-9_=-])/g,
  ['FIGMA_TOKEN=' + 'figd_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'], ['figd_' + 'short'], 'https://www.figma.com/developers/api#access-tokens; secretlint-rule-figma', { randomFrom: 5 });

export const cloudflareToken = prefixed('cloudflare-token', 'Cloudflare', 'API token', 'CLOUDFLARE_API_TOKEN', ['cfk_', 'cfut_', 'cfat_'],
  /(?<![A-Za-z0-9_])(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9_])/g,
  ['CLOUDFLARE_API_TOKEN=' + 'cfut_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR' + '632fc91e'], ['cfut_' + 'short'], 'secretlint-rule-cloudflare', { randomFrom: 5 });

export const onePasswordToken = prefixed('1password-token', '1Password', 'service account token', 'OP_SERVICE_ACCOUNT_TOKEN', ['ops_ey'],
  /(?<![A-Za-z0-9_])ops_(?<secret>ey[A-Za-z0-9+/=]{100,1280}fQ={0,2})(?![A-Za-z0-9+/=])/g,
  ['OP_SERVICE_ACCOUNT_TOKEN=' + 'ops_' + Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: 'yWgnTW8LPk5kh353NW4S5G' }, email: 'svc@corp.net', srpX: 'c266e0a7c26e962ae81dd6203f9ff477', muk: { kty: 'oct', k: 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR' }, deviceUuid: 't4qz29kd7p' })).toString('base64')],
  ['ops_' + 'eyJub3QiOiJqc29uIn0'], 'https://developer.1password.com/docs/service-accounts/; secretlint-rule-1password',
  { validate: (s) => decodeJsonSegment(s.replace(/=+$/, '')) !== undefined });

export const linearKey = prefixed('linear-key', 'Linear', 'API key', 'LINEAR_API_KEY', ['lin_api_', 'lin_oauth_'],
  /(?<![A-Za-z0-9_])lin_(?:api|oauth)_[A-Za-z0-9_]{32,128}(?![A-Za-z0-9_])/g,
  ['LINEAR_API_KEY=' + 'lin_api_' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'], ['lin_api_' + 'short'], 'https://linear.app/developers/graphql#personal-api-keys; secretlint-rule-linear', { randomFrom: 8 });

export const notionToken = prefixed('notion-token', 'Notion', 'integration token', 'NOTION_TOKEN', ['ntn_', 'secret_'],
  /(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
  ['NOTION_TOKEN=' + 'ntn_' + '74028139112' + '35nt38WWDFktCwHZT4HS8R39GJnQcVJCCHJ', 'NOTION_KEY=' + 'secret_' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW'], ['ntn_' + 'short', 'secret_' + 'key_name_of_the_setting_in_the_config_x'], 'https://developers.notion.com/docs/authorization; secretlint-rule-notion');

export const digitaloceanToken = prefixed('digitalocean-token', 'DigitalOcean', 'personal access, OAuth or refresh token', 'DIGITALOCEAN_TOKEN', ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  /(?<![A-Za-z0-9_])do[por]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])/g,
  ['DIGITALOCEAN_TOKEN=' + 'dop_v1_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'], ['dop_v1_' + 'short'], 'https://docs.digitalocean.com/reference/api/create-personal-access-token/; gitleaks digitalocean-*');

export const dopplerToken = prefixed('doppler-token', 'Doppler', 'service or personal token', 'DOPPLER_TOKEN', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  /(?<![A-Za-z0-9_.-])dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9_-])/g,
  ['DOPPLER_TOKEN=' + 'dp.st.' + 'prd.' + 'DDJLRsNSlSYWFgJ2mF8JsCK7lgHBmd7N61gY78TR'], ['dp.st.' + 'x'], 'https://docs.doppler.com/reference/auth-token-formats; gitleaks doppler-api-token');

export const pulumiToken = prefixed('pulumi-token', 'Pulumi', 'access token', 'PULUMI_ACCESS_TOKEN', ['pul-'],
  /(?<![A-Za-z0-9_-])pul-[a-f0-9]{40}(?![A-Za-z0-9_-])/g,
  ['PULUMI_ACCESS_TOKEN=' + 'pul-' + '5a7685e34375267e53a80faa3726c11d99319eb6'], ['pul-' + 'short'], 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/; gitleaks pulumi-api-token');

export const postmanKey = prefixed('postman-key', 'Postman', 'API key', 'POSTMAN_API_KEY', ['pmak-'],
  /(?<![A-Za-z0-9_-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_-])/gi,
  ['POSTMAN_API_KEY=' + 'PMAK-' + 'e4d9cfc5d77c9fb37727f2b0-9481a7f94b1f508b193118dafec4351314'], ['PMAK-' + 'short'], 'https://learning.postman.com/docs/developer/postman-api/authentication/; gitleaks postman-api-token');

export const ageKey = prefixed('age-secret-key', 'age', 'secret key', 'AGE_SECRET_KEY', ['age-secret-key-1'],
  /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/g,
  ['AGE-SECRET-KEY-1' + 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE'], ['AGE-SECRET-KEY-1' + 'SHORT'], 'https://age-encryption.org/v1 (Bech32 AGE-SECRET-KEY-1); gitleaks age-secret-key');
