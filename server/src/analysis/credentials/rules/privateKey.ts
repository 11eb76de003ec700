// Private keys of every armoured kind: PKCS#1 (RSA, DSA, EC), PKCS#8 (plain and encrypted),
// OpenSSH, PGP secret key blocks, SSH2 (RFC 4716-style) and PuTTY key files, also inside JSON
// strings with `\n` escapes (Google service-account keys). Only a key with a body is reported:
// the armour alone (a regex, documentation) is not a credential. Formats: RFC 7468, RFC 4880,
// OpenSSH PROTOCOL.key; secretlint-rule-privatekey (MIT).
import type { CredentialRule } from '../types';

const BODY = String.raw`[\s\S]{0,16000}?`;
/** A key cut short (no END line) ends where the string holding it does. */
const OR_CUT = String.raw`|(?=["'\`])|$`;

export const privateKey: CredentialRule = {
  id: 'private-key',
  provider: 'private key',
  kind: 'PEM, OpenSSH, PGP, SSH2 or PuTTY private key',
  secretName: 'PRIVATE_KEY',
  keywords: ['-----begin', '---- begin ssh2', 'putty-user-key-file-'],
  pattern: new RegExp(
    String.raw`-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----${BODY}(?:-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----${OR_CUT})` +
      String.raw`|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----${BODY}(?:---- END SSH2 ENCRYPTED PRIVATE KEY ----|$)` +
      String.raw`|PuTTY-User-Key-File-\d: [^\r\n]+(?:\r?\n[^\r\n]*){0,40}?\r?\nPrivate-Lines: \d+(?:\r?\n[A-Za-z0-9+/=]+)+`,
    'g',
  ),
  multiline: true,
  validate: (s) => {
    const body = s
      .replace(/-{4,5} ?(?:BEGIN|END)[A-Z0-9 ]*-{4,5}/g, '')
      .replace(/^[A-Za-z-]+: .*$/gm, '')
      .replace(/\\[nr]|\s|["',+]/g, '');
    // Runs of A are zero bytes, common in real keys: only the placeholders of docs count here.
    return body.length >= 64 && !/\.\.\.|…|x{8,}|X{8,}|\*{3,}|<[^>]*>|your|example|redacted|placeholder/i.test(body);
  },
  samples: {
    positive: [
      '-----BEGIN ' +
        'RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJ\nrSqkncDdqPfFVTCGYWJcHH0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7DDj1HB05D1\n-----END RSA PRIVATE KEY-----',
      '{"private_key": "-----BEGIN ' +
        'PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1\\n-----END PRIVATE KEY-----\\n"}',
      '-----BEGIN ' +
        'OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7DDj1HB05D1YMq7Gh5\n-----END OPENSSH PRIVATE KEY-----',
      '-----BEGIN ' +
        'PGP PRIVATE KEY BLOCK-----\n\nlQOYBGRk3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSq\nkncDdqPfFVTCGYWJcHH0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7DDj1HB0\n-----END PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN ' +
        'EC PRIVATE KEY-----\nMHcCAQEEIGd3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBFBC9h4oAoGCCqGSM49\nAwEHoUQDQgAE0LQH6tV9fkYvMN9q91knSVQRQP84DBF9v806bC7dd7DDj1HB05D1YMq7\n-----END EC PRIVATE KEY-----',
      '-----BEGIN ' +
        'ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI3qr4DZl58P271KgKQGggD7QH\nDdFWkLLwWdt1VDtBFBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH0LQH6tV9fkYvMN\n-----END ENCRYPTED PRIVATE KEY-----',
      '---- BEGIN ' +
        'SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\nP2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS\n1wa2NzMXYyLW9hZXB9fQAAAARub25lAAAB3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      'PuTTY-User-Key-File-' +
        '3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIN3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1\nVDtBF\nPrivate-Lines: 1\nAAAAIBC9h4cRMq376SdpGJrSqkncDdqPfFVTCGYWJcHH0LQH6tV9fkYvMN9q91kn',
    ],
    negative: [
      'const re = /-----BEGIN ' + 'PRIVATE KEY-----/;',
      '-----BEGIN ' + 'PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN ' +
        'PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----',
      '-----BEGIN ' +
        'PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3qr4DZl58P271KgKQGggD7QHDdFWkLLwWdt1VDtBF\n-----END PUBLIC KEY-----',
    ],
  },
  source: 'RFC 7468, RFC 4880, OpenSSH PROTOCOL.key; secretlint-rule-privatekey',
};
