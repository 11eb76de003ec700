// Shopify: access token or shared secret.
// Format from: https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens; secretlint-rule-shopify
import type { CredentialRule } from '../types';

export const shopifyToken: CredentialRule = {
  id: 'shopify-token',
  provider: 'Shopify',
  kind: 'access token or shared secret',
  secretName: 'SHOPIFY_ACCESS_TOKEN',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64}(?![A-Za-z0-9_])/g,
  randomFrom: 6,
  source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens; secretlint-rule-shopify',
};
