// Builds the SecretStore over VS Code's storage and keeps it current when other windows change it.
//
// Where each level's index lives, and why:
// - User level: in SecretStorage itself, as value-free JSON under a reserved key. The values are in
//   SecretStorage, which is local to this machine and not carried by Settings Sync. An index in
//   globalState could sync to another machine and list secrets whose values are not there; kept
//   beside the values, the index survives, moves and is lost together with them. It also means
//   SecretStorage.onDidChange tells every window when another window changed the user index.
// - Workspace level: in workspaceState (per workspace, as the brief of this store asks). Its values
//   are in SecretStorage under a per-workspace prefix, whose id is also kept in workspaceState.
// Which values exist is never recorded in an index: it is read from SecretStorage.keys(), so a
// lost or stale index can never claim a value that is not there.
import { randomUUID } from 'node:crypto';
import type * as vscode from 'vscode';
import { isStoreKey, USER_INDEX_KEY } from './keys';
import { serverNeedPart } from '../parts';
import { SecretStore } from './secretStore';
import { parseIndex, type IndexStorage, type SecretKeyValue } from './storage';
import type { IndexFile } from './types';

const WORKSPACE_INDEX_KEY = 'secretref.index.v1';
const WORKSPACE_ID_KEY = 'secretref.workspaceId';

function secretKeyValue(s: vscode.SecretStorage): SecretKeyValue {
  return {
    keys: async () => [...(await s.keys())],
    get: async (k) => s.get(k),
    store: async (k, v) => s.store(k, v),
    delete: async (k) => s.delete(k),
  };
}

function userIndex(s: vscode.SecretStorage): IndexStorage {
  return {
    read: async () => parseIndex(await s.get(USER_INDEX_KEY)),
    write: async (index: IndexFile) => s.store(USER_INDEX_KEY, JSON.stringify(index)),
  };
}

function workspaceIndex(state: vscode.Memento): IndexStorage {
  return {
    read: async () => parseIndex(state.get<unknown>(WORKSPACE_INDEX_KEY)),
    write: async (index: IndexFile) => state.update(WORKSPACE_INDEX_KEY, index),
  };
}

/** This workspace's id: a new one is stored in the background (Memento.get sees it at once). */
function workspaceId(state: vscode.Memento, log: (line: string) => void): string {
  let id = state.get<string>(WORKSPACE_ID_KEY);
  if (!id) {
    id = randomUUID();
    state.update(WORKSPACE_ID_KEY, id).then(undefined, (e: unknown) => log(`Could not save this workspace's store id: ${String(e)}`));
  }
  return id;
}

export interface OpenedStore {
  store: SecretStore;
  /**
   * Resolves once both levels are read and interrupted operations repaired (their log lines are
   * written then). Until then the store lists nothing, and its operations wait for the opening.
   */
  opened: Promise<void>;
}

/**
 * The store, opening in the background (reading SecretStorage is a round trip to the browser in
 * code-server: activation does not wait for it), repairing interrupted operations, and following
 * changes made in other windows.
 */
export function openSecretStore(context: vscode.ExtensionContext, log: (line: string) => void): OpenedStore {
  const store = new SecretStore({
    secrets: secretKeyValue(context.secrets),
    userIndex: userIndex(context.secrets),
    workspaceIndex: workspaceIndex(context.workspaceState),
    workspaceId: workspaceId(context.workspaceState, log),
    // The credential rules load with the server's prefilters, when the first name is checked.
    credentialProviderIn: (text) => serverNeedPart(context).credentialProviderIn(text),
  });
  const opened = store.open().then(
    (repaired) => repaired.forEach((r) => log(`Secret store repaired: ${r}`)),
    (e: unknown) => log(`Could not read the secret store: ${e instanceof Error ? e.message : String(e)}`),
  );

  // Our own writes fire this too; one reload per burst of events keeps that cheap.
  let pending: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    context.secrets.onDidChange((e) => {
      if (!isStoreKey(e.key)) return;
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = undefined;
        store
          .reload()
          .catch((err: unknown) => log(`Could not re-read the secret store: ${err instanceof Error ? err.message : String(err)}`));
      }, 50);
    }),
    {
      dispose: () => {
        if (pending) clearTimeout(pending);
        store.dispose();
      },
    },
  );
  return { store, opened };
}
