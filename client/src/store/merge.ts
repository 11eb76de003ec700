// Merging the two levels (Flatfile environments and spaces): a workspace secret overrides a user secret of the same name
// entirely — its scope, environments and values — as a Flatfile space overrides its environment.
import type { SecretInfo } from '../../../server/src/analysis/model/types';
import type { StoredSecret } from './types';

/** Both levels for display: workspace first, user secrets marked when a workspace secret hides them. */
export function listBothLevels(workspace: StoredSecret[], user: StoredSecret[]): StoredSecret[] {
  const ws = new Set(workspace.map((s) => s.name));
  return [...workspace, ...user.map((s) => (ws.has(s.name) ? { ...s, overridden: true } : s))];
}

/** One secret per name, the one that takes effect. */
export function effectiveSecrets(workspace: StoredSecret[], user: StoredSecret[]): StoredSecret[] {
  const byName = new Map<string, StoredSecret>();
  for (const s of user) byName.set(s.name, s);
  for (const s of workspace) byName.set(s.name, s);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** What the language server may see: names and metadata, never a value. Built field by field so
 * nothing added to StoredSecret later can leak into the protocol by accident. */
export function toSecretInfo(s: StoredSecret): SecretInfo {
  const info: SecretInfo = { name: s.name, level: s.level, hasValue: s.hasValue };
  if (s.description) info.description = s.description;
  if (s.scope?.length) info.scope = [...s.scope];
  if (s.envs?.length) info.envs = [...s.envs];
  if (s.expiresAt) info.expiresAt = s.expiresAt;
  if (s.metadata && Object.keys(s.metadata).length) info.metadata = { ...s.metadata };
  if (s.valueEnvs.length) info.valueEnvs = [...s.valueEnvs];
  info.createdAt = s.createdAt;
  info.updatedAt = s.updatedAt;
  if (s.lastRotatedAt) info.lastRotatedAt = s.lastRotatedAt;
  return info;
}
