// Registers every secret-management command (the "Secrets" category of the palette).
import type * as vscode from 'vscode';
import type { SecretStore } from '../store/secretStore';
import { registerContextCommands } from './contextCommands';
import { registerImportExportCommands } from './importExportCommands';
import { registerMoveToStoreCommand } from './moveToStoreCommand';
import { registerReferenceCommands } from './referenceCommands';
import { registerSecretCommands, type ServerLink } from './secretCommands';
import { registerValueCommands } from './valueCommands';

export function registerStoreCommands(store: SecretStore, log: vscode.LogOutputChannel, server: ServerLink = {}): vscode.Disposable[] {
  return [
    ...registerSecretCommands({ store, log, server }),
    ...registerReferenceCommands(store, log, server),
    ...registerValueCommands(store, log),
    ...registerImportExportCommands(store, log),
    ...registerContextCommands(log),
    registerMoveToStoreCommand(store, log),
  ];
}
