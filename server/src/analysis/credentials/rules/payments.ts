// Payments beside Stripe: Square access tokens and OAuth secrets, PayPal/Braintree access tokens
// (access_token$production$…), PayPal client secrets named beside "paypal", Shopify admin, custom,
// private-app and shared secrets. Formats: provider documentation; secretlint-rule-shopify (MIT);
// gitleaks square-*, shopify-*; trufflehog square, braintreepayments, paypaloauth.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const squareToken: CredentialRule = {
  id: 'square-token',
  provider: 'Square',
  kind: 'access token or OAuth secret',
  secretName: 'SQUARE_ACCESS_TOKEN',
  keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
  pattern: /(?<![A-Za-z0-9_-])(?:sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_+=-]{60})(?![A-Za-z0-9_-])/g,
  randomFrom: 4,
  samples: {
    positive: ['SQUARE_ACCESS_TOKEN=' + 'EAAA' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1F', 'sq0csp-' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW'],
    negative: ['sq0atp-' + 'xxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://developer.squareup.com/docs/build-basics/access-tokens; gitleaks square-access-token',
};

export const braintreeToken: CredentialRule = {
  id: 'braintree-token',
  provider: 'PayPal',
  kind: 'Braintree access token',
  secretName: 'BRAINTREE_ACCESS_TOKEN',
  keywords: ['access_token$'],
  pattern: /access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}/g,
  randomFrom: 24,
  samples: {
    positive: ['BT_TOKEN=' + 'access_token$production$' + '7c021affec4bcdba$c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['access_token$production$' + 'xxxxxxxxxxxxxxxx$00000000000000000000000000000000'],
  },
  source: 'https://developer.paypal.com/braintree/docs/guides/authorization/overview; trufflehog braintreepayments',
};

export const paypalSecret: CredentialRule = {
  id: 'paypal-client-secret',
  provider: 'PayPal',
  kind: 'REST client secret',
  secretName: 'PAYPAL_CLIENT_SECRET',
  keywords: ['paypal'],
  pattern: near('paypal[\\w.-]{0,20}?(?:client[_-]?)?secret', '[A-Za-z0-9_-]{80}', 20),
  minEntropy: 4,
  samples: {
    positive: ['PAYPAL_CLIENT_SECRET=' + 'E' + '3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcH'],
    negative: ['PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}'],
  },
  source: 'https://developer.paypal.com/api/rest/authentication/; trufflehog paypaloauth',
};

export const shopifyToken: CredentialRule = {
  id: 'shopify-token',
  provider: 'Shopify',
  kind: 'access token or shared secret',
  secretName: 'SHOPIFY_ACCESS_TOKEN',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,64}(?![A-Za-z0-9_])/g,
  randomFrom: 6,
  samples: {
    positive: ['SHOPIFY_TOKEN=' + 'shpat_' + 'c266e0a7c26e962ae81dd6203f9ff477'],
    negative: ['shpat_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens; secretlint-rule-shopify',
};
