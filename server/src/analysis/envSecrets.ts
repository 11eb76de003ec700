// Secrets supplied by the environment: each `INTEGRATION_NAME` variable is the secret NAME
// (ToolJump's env adapter). Only names come out; the variables' values are never read
// beyond whether they are empty.
import { isValidSecretName } from './model/store';
import type { SecretInfo } from './model/types';

export const ENV_SECRET_PREFIX = 'INTEGRATION_';

export function envSecrets(env: Record<string, string | undefined>): SecretInfo[] {
  const out: SecretInfo[] = [];
  for (const key of Object.keys(env).sort()) {
    if (!key.startsWith(ENV_SECRET_PREFIX)) continue;
    const name = key.slice(ENV_SECRET_PREFIX.length);
    if (!isValidSecretName(name)) continue;
    const v = env[key];
    out.push({ name, level: 'env', hasValue: v !== undefined && v !== '', description: `From the environment variable ${key}` });
  }
  return out;
}
