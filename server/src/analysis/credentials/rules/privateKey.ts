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
  source: 'RFC 7468, RFC 4880, OpenSSH PROTOCOL.key; secretlint-rule-privatekey',
};
