// The synthetic samples of the rules in datadog.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of datadog.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'datadog-key': {
    positive: [
      'DD_API_KEY=' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477',
      'datadog_app_key: "' + '5a7685e34375267e53a8' + '0faa3726c11d99319eb6"',
      'DD-APP-KEY: ' + '5a7685e34375267e53a8' + '0faa3726c11d99319eb6',
      'dd_api-key = "' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477"',
      'MY_DD_API_KEY=' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477',
    ],
    negative: [
      'DD_API_KEY=<DATADOG_API_KEY>',
      'datadog: 00000000000000000000000000000000',
      'DD-APP-KEY: ' + '0'.repeat(40),
      'dd-app-name: ' + '5a7685e34375267e53a8' + '0faa3726c11d99319eb6',
      // Another name that holds the letters `dd_api_key`.
      'add_api_key = "' + 'c266e0a7c26e962a' + 'e81dd6203f9ff477"',
    ],
  },
};
