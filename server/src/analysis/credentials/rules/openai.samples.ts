// The synthetic samples of the rules in openai.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of openai.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'openai-key': {
    positive: [
      'OPENAI_API_KEY=' + 'sk-proj-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBk' + 'T3BlbkFJ' + 'MFFBj6YkDyzkbHny7Qp2xL9w',
      "apiKey: '" + 'sk-' + '6LLZjC2P7qszTdcBMLGL' + 'T3BlbkFJ' + "yS0YHpkHYcyHRts2Bk4p'",
    ],
    negative: [
      'sk-' + 'proj-...',
      'sk-' + 'rrhdkHkTvWyMT6mJKkWcfJM0h2FmybBkMFFBj6YkDyzkbHny',
      'sk-' + 'ant-api03-short',
      'sk-' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
