// The synthetic samples of the rules in telegram.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of telegram.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'telegram-bot-token': {
    positive: ['TELEGRAM_BOT_TOKEN=' + '7402813911' + ':AA' + 'Fk35nt38WWDFktCwHZT4HS8R39GJnQcVJ'],
    negative: ['7402813911' + ':AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
