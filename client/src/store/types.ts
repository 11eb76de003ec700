// The client store's own data: what the index keeps per secret, and a secret as the store lists it.
// Names and metadata only: values never appear in these types.
import type { SecretInfo } from '../../../server/src/analysis/model/types';

/** The two levels the client stores (Flatfile's levels: environment → user, space → workspace). */
export type StoreLevel = 'user' | 'workspace';

/** One secret in a level's index. Which values exist is read from SecretStorage's keys, not kept here. */
export interface IndexEntry {
  description?: string;
  metadata?: Record<string, string>;
  scope?: string[];
  envs?: string[];
  expiresAt?: string;
  createdAt: string;
  updatedAt: string;
  lastRotatedAt?: string;
}

export interface IndexFile {
  version: 1;
  secrets: Record<string, IndexEntry>;
}

/** A secret as listed: its level, metadata and which values exist. */
export interface StoredSecret extends SecretInfo {
  level: StoreLevel;
  hasValue: boolean;
  /** Whether a default value (used by every environment without its own value) exists. */
  hasDefaultValue: boolean;
  valueEnvs: string[];
  createdAt: string;
  updatedAt: string;
  /** A user secret hidden by a workspace secret of the same name. */
  overridden?: boolean;
}

/** Fields a caller may change; `null` clears an optional field. */
export interface SecretPatch {
  description?: string | null;
  metadata?: Record<string, string> | null;
  scope?: string[] | null;
  envs?: string[] | null;
  expiresAt?: string | null;
}

export interface CreateSecretInput {
  name: string;
  level: StoreLevel;
  /** Optional: a secret may be declared first and given a value later (it shows "no value"). */
  value?: string;
  description?: string;
  metadata?: Record<string, string>;
  scope?: string[];
  envs?: string[];
  expiresAt?: string;
}
