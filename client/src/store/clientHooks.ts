// What the language client needs from the store (client/src/languageClient.ts): the names and
// metadata to send the server, a change event, and a way to follow a rename done from the editor.
import type { SecretInfo } from '../../../server/src/analysis/model/types';
import type { Event } from './emitter';
import type { SecretStore } from './secretStore';

export interface StoreHooks {
  getSecrets(): SecretInfo[];
  onDidChangeSecrets: Event<void>;
  renameInStore(oldName: string, newName: string): Promise<void>;
}

export function storeHooks(store: SecretStore): StoreHooks {
  return {
    getSecrets: () => store.secretInfos(),
    onDidChangeSecrets: store.onDidChange,
    // A rename of references (F2) renames the stored secret too, at the level that takes effect.
    // Names only the manifest knows have nothing stored to rename.
    renameInStore: async (oldName, newName) => {
      if (oldName === newName || !store.find(oldName)) return;
      await store.rename(oldName, newName);
    },
  };
}
