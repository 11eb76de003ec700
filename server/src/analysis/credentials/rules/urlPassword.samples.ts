// The synthetic samples of the rules in urlPassword.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of urlPassword.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'url-password': {
    positive: [
      'DATABASE_URL=' + 'postgres://app:' + 'Qx7vT2mK9pLw@db.internal.net:5432/app',
      "mongoose.connect('" + 'mongodb+srv://svc:' + "nKwLBnS74lWW@cluster0.a1b2c.mongodb.net/shop');",
      'REDIS_URL=' + 'redis://default:' + 'yS0YHpkHYcyHRts2@cache.corp.net:6379',
      'amqp://guest:' + 'c266e0a7c26e@mq.corp.net:5672',
      'fetch("' + 'https://deploy:' + 'T4QZ29KD7pW@registry.corp.net/v2/")',
      'jdbc:mysql://admin:' + 'Wm3!qZ8rXp@10.0.0.5:3306/sales',
      'ftp://files:' + 'Vw3Yc6Hd1F@ftp.corp.net/in',
      'ldap://cn=admin:' + 'Jk8Qw2Zp5R@ldap.corp.net',
    ],
    negative: [
      'postgres://user:password@localhost:5432/db',
      'mongodb://${USER}:${PASSWORD}@db.internal.net',
      'https://user:password@example.com/path',
      'postgres://app:****@db.internal.net/app',
      'https://github.com/org/repo',
      'postgres://localhost/db',
      'const url = `redis://${user}:${password}@${host}`;',
    ],
    // In a test or a doc (see credentials.test.ts): 'http://user:pass' + '@mt0.corp.net/x' is an example.
  },
};
