// Connection strings with a password (ADO.NET/ODBC `Server=…;Password=…`, Azure Cache for
// Redis `host:6380,password=…`). URLs with a password are urlPassword.ts. Formats: Microsoft's
// connection-string documentation; trufflehog sqlserver and redis.
import { isPlaceholder } from '../checks';
import type { CredentialRule } from '../types';

export const connectionStringPassword: CredentialRule = {
  id: 'connection-string-password',
  provider: 'connection string',
  kind: 'password in an ADO.NET/ODBC connection string',
  secretName: 'DATABASE_PASSWORD',
  namedByKey: false,
  // The names alone: the pattern allows spaces before `=` (`Password = …`), as connection strings do.
  keywords: ['password', 'pwd'],
  // The server, database or user before the password is read behind it: a match begins at its
  // keyword (`Password`, `Pwd`), so the pattern is tried only there, not from every `s`, `d` or `u`
  // of a line that mentions a password. The look-behind (up to 500 characters back) comes after
  // the `=`, so a `pwd` that is no key (`cd $(pwd)` in a script) fails before it is evaluated.
  pattern:
    /(?:Password|Pwd)\s*=(?<=(?:Server|Data Source|Host|Address|Addr|Network Address|Endpoint|Initial Catalog|Database|User ID|UID|User)\s*=[^;"'\n]{1,200};[^"'\n]{0,300}?(?:Password|Pwd)\s*=)\s*(?<secret>[^;"'\s]{3,128})/gi,
  validate: (s) => !isPlaceholder(s) && !/^(?:password|pass|pwd|secret|\*+|x+)$/i.test(s) && !/^[$%{]/.test(s),
  source: 'https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax; trufflehog sqlserver',
};

export const azureRedisPassword: CredentialRule = {
  id: 'azure-redis-password',
  provider: 'connection string',
  kind: 'Azure Cache for Redis access key',
  secretName: 'REDIS_PASSWORD',
  namedByKey: false,
  keywords: ['.redis.cache.windows.net'],
  pattern: /\.redis\.cache\.windows\.net:\d+,password=(?<secret>[^,;\s"']{20,})/gi,
  validate: (s) => !isPlaceholder(s),
  source: 'https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure; trufflehog redis',
};

export const ldapBindPassword: CredentialRule = {
  id: 'ldap-bind-password',
  provider: 'connection string',
  kind: 'LDAP bind password (ADSI OpenDSObject)',
  secretName: 'LDAP_PASSWORD',
  namedByKey: false,
  // `OpenDSObject("ldap://host", "user", "password", flags)`: the third argument.
  keywords: ['opendsobject('],
  pattern: /OpenDSObject\(\s*"ldaps?:\/\/[^"\s]+",\s*"[^"]+",\s*"(?<secret>[^"]{3,128})",[ \d]+\)/gi,
  // A password that spells "password" (with $ or 0 for letters) is a docs example.
  validate: (s) => !isPlaceholder(s) && !/pa[s$]{2}w[o0]rd/i.test(s),
  source: 'https://learn.microsoft.com/windows/win32/api/iads/nf-iads-iadsopendsobject-opendsobject; trufflehog ldap',
};
