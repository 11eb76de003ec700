// The synthetic samples of the rules in discord.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of discord.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'discord-bot-token': {
    positive: ['DISCORD_TOKEN=' + 'MTA' + '3NDI4MTM5MTE1NTQwMzE4OTIz.GhT4kQ.' + 'yWgnTW8LPk5kh353NW4S5GyYmy6QPT3R'],
    negative: ['DISCORD_TOKEN=your.bot.token'],
  },
  'discord-webhook': {
    positive: [
      'https://discord.com/api/webhooks/' + '1192837465019283746/' + 'lrRHtvwrC2KNqJ0fBcDG4wn1CDnfKF5HZNDM22cqc9NDTK9LcKplpZKJlL1FzQ',
    ],
    negative: ['https://discord.com/api/webhooks/' + '123/abc'],
  },
};
