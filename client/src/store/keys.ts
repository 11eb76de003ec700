// Where things live in SecretStorage. One prefix per level ("user", or one per workspace) so the
// workspaces sharing VS Code's single per-extension SecretStorage never see each other's values.
// Secret names are identifiers and environment names a safe alphabet, so ':' and '@' cannot occur in them.

const ROOT = 'secretref:v1';

export function valueKey(scope: string, name: string, env?: string): string {
  return env ? `${ROOT}:value:${scope}:${name}@${env}` : `${ROOT}:value:${scope}:${name}`;
}

export function stagingKey(scope: string, name: string, env?: string): string {
  return env ? `${ROOT}:staging:${scope}:${name}@${env}` : `${ROOT}:staging:${scope}:${name}`;
}

export function journalKey(scope: string): string {
  return `${ROOT}:journal:${scope}`;
}

/** The user-level index (value-free JSON) is kept in SecretStorage: see vscodeStorage.ts for why. */
export const USER_INDEX_KEY = `${ROOT}:index:user`;

export function isStoreKey(key: string): boolean {
  return key.startsWith(`${ROOT}:`);
}

/** Parses a value key of `scope`; undefined for keys of other scopes or kinds. */
export function parseValueKey(scope: string, key: string): { name: string; env?: string } | undefined {
  const prefix = `${ROOT}:value:${scope}:`;
  if (!key.startsWith(prefix)) return undefined;
  const rest = key.slice(prefix.length);
  const at = rest.indexOf('@');
  return at < 0 ? { name: rest } : { name: rest.slice(0, at), env: rest.slice(at + 1) };
}
