// The synthetic samples of the rules in connectionString.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of connectionString.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'connection-string-password': {
    positive: [
      '"Server=sql.corp.net;Database=Sales;User Id=svc;' + 'Password=' + 'Wm3qZ8rXp4;"',
      '"Server = sql.corp.net; Database = Sales; User Id = svc; ' + 'Password = ' + 'Wm3qZ8rXp4;"',
      'Data Source=sql.corp.net;UID=svc;' + 'PWD =' + 'Wm3qZ8rXp4',
    ],
    negative: [
      '"Server=sql.corp.net;Database=Sales;User Id=svc;Password=<password>;"',
      'Server=.;Database=x;Password=${DB_PASSWORD};',
      '"Server = sql.corp.net; Database = Sales; User Id = svc; Password = ${DB_PASSWORD};"',
      'Password = Wm3qZ8rXp4',
    ],
  },
  'azure-redis-password': {
    positive: ['corp.redis.cache.windows.net:6380,' + 'password=' + 'Xk3S9d7Bn6qMdfPcUc0wcHJh3CrDh3l9DsTpNwGwyS=,ssl=True'],
    negative: ['corp.redis.cache.windows.net:6380,password=<access-key>,ssl=True'],
  },
  'ldap-bind-password': {
    positive: ['Set o = dso.OpenDSObject' + '("ldap://dc1.corp.example", "svc-reader", "Tq8!vzP2mw", 0)'],
    negative: [
      'OpenDSObject("ldap://dc1", "svc", "<password>", 0)',
      'OpenDSObject("ldap://dc1", "svc", "Pa$$word01", 0)',
      'OpenDSObject("ldaps://www", "ABC", "XYZ", ?)',
    ],
  },
};
