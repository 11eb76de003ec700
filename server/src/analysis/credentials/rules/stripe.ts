// Stripe: secret and restricted API keys (live and test) and webhook signing secrets. Formats:
// Stripe documentation ("API keys": sk_/rk_ with live/test); secretlint-rule-stripe (MIT).
import type { CredentialRule } from '../types';

export const stripeKey: CredentialRule = {
  id: 'stripe-key',
  provider: 'Stripe',
  kind: 'secret or restricted API key',
  secretName: 'STRIPE_SECRET_KEY',
  keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  pattern: /(?<![A-Za-z0-9])[sr]k_(?:live|test)_[0-9A-Za-z]{24,99}(?![0-9A-Za-z])/g,
  randomFrom: 8,
  source: 'https://docs.stripe.com/keys; secretlint-rule-stripe',
};

export const stripeWebhookSecret: CredentialRule = {
  id: 'stripe-webhook-secret',
  provider: 'Stripe',
  kind: 'webhook signing secret',
  secretName: 'STRIPE_WEBHOOK_SECRET',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9])whsec_[0-9A-Za-z+/=]{32,}(?![0-9A-Za-z])/g,
  randomFrom: 6,
  source: 'https://docs.stripe.com/webhooks#verify-events (whsec_ signing secrets)',
};
