// Connection strings and URLs with a password in them: postgres, mysql, mariadb, mongodb(+srv),
// redis, amqp, ftp/sftp, ldap, mssql, smtp, imap, JDBC and http(s) basic auth
// (a user name and password before the host). The password is the credential; placeholders (`:password@`,
// `:${DB_PASSWORD}@`, `:****@`) are not. Formats: RFC 3986 userinfo; secretlint-rule-basicauth
// and secretlint-rule-database-connection-string (MIT); trufflehog uri, postgres, mongodb.
// Connection strings of other shapes are connectionString.ts.
import { FORMAT_PLACEHOLDER } from '../checks';
import type { CredentialRule } from '../types';

/** Passwords of docs and templates: `password`, `secret`, `changeme`, `$VAR`, `<pw>`. */
const DOC_PASSWORD =
  /^(?:passw(?:or)?d\d*|pwd|secret|s3cr3t|changeme|admin|root|guest|test|user|username|pw|mypassword|yourpassword|p@ssw0rd|\*+|x+|\.+|-+)$/i;

export const urlPassword: CredentialRule = {
  id: 'url-password',
  provider: 'URL',
  kind: 'password in a connection string or URL',
  secretName: 'DATABASE_PASSWORD',
  namedByKey: false,
  keywords: ['://'],
  pattern:
    /(?<=(?<![A-Za-z0-9+.-])(?<scheme>postgres(?:ql)?|mysqlx?|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|ftps?|sftp|ldaps?|mssql|sqlserver|smtps?|imaps?|pop3s?|jdbc:[a-z0-9]+|https?|wss?|nats|neo4j(?:\+s)?|couchdb|clickhouse|cockroachdb|snowflake|oracle|sqlite|git\+https|svn\+ssh|ssh)):\/\/(?<user>[^:@\/\s"'`<>()\[\]{}]{1,128}):(?<secret>[^@\/\s"'`<>()\[\]{}]{1,256})@(?<host>[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253})(?::\d{1,5})?)/g,
  // A short word as the password (user, colon, pass) in a test or a README shows the URL's form.
  exampleInDocs: (secret) => /^[A-Za-z]{1,8}$/.test(secret),
  validate: (secret, m) => {
    const user = m.groups?.user ?? '';
    // Too short or one repeated character to be chosen as a password, the user's name again (a
    // container's default), or a password for a service on this machine (a local default).
    if (secret.length < 4 || /^(.)\1*$/.test(secret) || secret === user) return false;
    if (/^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|host\.docker\.internal)(?::\d+)?$/i.test(m.groups?.host ?? '')) return false;
    if (DOC_PASSWORD.test(secret) || FORMAT_PLACEHOLDER.test(secret) || FORMAT_PLACEHOLDER.test(user)) return false;
    // `${user}:${pass}@`, `%s:%s@`, `{0}:{1}@` in code that builds a URL.
    if (/^[$%{]|[$%{}]$/.test(secret) || /^[$%{]/.test(user)) return false;
    return true;
  },
  source: 'RFC 3986 §3.2.1; secretlint-rule-basicauth, secretlint-rule-database-connection-string; trufflehog uri',
};
