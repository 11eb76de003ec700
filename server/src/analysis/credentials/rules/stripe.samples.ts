// The synthetic samples of the rules in stripe.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of stripe.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'stripe-key': {
    positive: [
      "const stripe = new Stripe('" + 'sk_live_' + "CYkpv70M5sh4W8bV7s1nl5YQ');",
      'STRIPE_KEY=' + 'rk_test_' + '37MSB2qQcqKswrs6TqWQFYVhKDWmP0qG',
    ],
    negative: ['sk_test_' + '...', 'sk_live_' + 'xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_live_' + 'CYkpv70M5sh4W8bV7s1nl5YQ'],
  },
  'stripe-webhook-secret': {
    positive: ['STRIPE_WEBHOOK_SECRET=' + 'whsec_' + '37MSB2qQcqKswrs6TqWQFYVhKDWmP0qG'],
    negative: ['whsec_' + '...'],
  },
};
