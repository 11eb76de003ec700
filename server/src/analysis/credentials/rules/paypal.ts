// PayPal: Braintree access token; REST client secret.
// Format from: https://developer.paypal.com/braintree/docs/guides/authorization/overview; trufflehog braintreepayments | https://developer.paypal.com/api/rest/authentication/; trufflehog paypaloauth
import { mixedRandom, near } from '../checks';
import type { CredentialRule } from '../types';

export const braintreeToken: CredentialRule = {
  id: 'braintree-token',
  provider: 'PayPal',
  kind: 'Braintree access token',
  secretName: 'BRAINTREE_ACCESS_TOKEN',
  keywords: ['access_token$'],
  pattern: /access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}/g,
  randomFrom: 24,
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
  source: 'https://developer.paypal.com/api/rest/authentication/; trufflehog paypaloauth',
};

export const paypalKeyedCredential: CredentialRule = {
  id: 'paypal-keyed-credential',
  provider: 'PayPal',
  kind: 'REST client secret',
  secretName: 'PAYPAL_CLIENT_SECRET',
  keywords: ['paypal'],
  pattern: near('paypal', '[A-Za-z0-9_.-]{44,80}', 40),
  minEntropy: 4.2,
  // A client id is public (it is in the SDK's script URL): not its 80 characters opening with A,
  // nor the id shapes trufflehog pairs with a secret (5 or 7 characters, a dash, 38 or 72).
  validate: (s) =>
    mixedRandom(s) && !/^A[A-Za-z0-9_-]{79}$|^[A-Za-z0-9_.]{5}-[A-Za-z0-9_.]{38}$|^[A-Za-z0-9_.]{7}-[A-Za-z0-9_.]{72}$/.test(s),
  source:
    'https://developer.paypal.com/api/rest/#link-getclientidandclientsecret; trufflehog paypaloauth (44 to 80 characters beside "paypal")',
};

export const braintreeKey: CredentialRule = {
  id: 'braintree-key',
  provider: 'PayPal',
  kind: 'Braintree private key',
  secretName: 'BRAINTREE_PRIVATE_KEY',
  keywords: ['braintree'],
  pattern: near('braintree', '[0-9a-f]{32}', 40),
  minEntropy: 3,
  source: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials; trufflehog braintreepayments',
};
