// age: secret key.
// Format from: https://age-encryption.org/v1 (Bech32 AGE-SECRET-KEY-1); gitleaks age-secret-key
import { prefixed } from '../prefixed';

export const ageKey = prefixed(
  'age-secret-key',
  'age',
  'secret key',
  'AGE_SECRET_KEY',
  ['age-secret-key-1'],
  /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/g,
  'https://age-encryption.org/v1 (Bech32 AGE-SECRET-KEY-1); gitleaks age-secret-key',
);
