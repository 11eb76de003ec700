// The synthetic samples of the rules in zendesk.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of zendesk.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'zendesk-token': {
    positive: ['ZENDESK_API_TOKEN=' + 'DDJLRsNSlSYWFgJ2mF8J' + 'sCK7lgHBmd7N61gY78TR'],
    negative: ['ZENDESK_API_TOKEN=' + 'placeholder_for_the_zendesk_api_token_x'],
  },
};
