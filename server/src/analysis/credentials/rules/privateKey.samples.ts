// The synthetic samples of the rules in privateKey.ts, by rule id: the rule-set test runs them, every
// positive one must be found and no negative one. Kept out of privateKey.ts so that nothing the server
// or the CLI bundles imports them: the bundles ship no string a secret scanner would take for a
// credential. Values are written in parts for the same reason.
import type { CredentialSamples } from '../types';

export const samples: Record<string, CredentialSamples> = {
  'private-key': {
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
};
