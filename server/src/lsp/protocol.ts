// The custom part of the server contract, shared by the VS Code client, other editors and tests.
// Names and metadata only: no message here ever carries a secret value.
import type { DialectForms } from '../analysis/features/referenceForms';
import type { SecretInfo } from '../analysis/model/types';

export interface InitializationOptions {
  /**
   * The client's store (names and metadata, `hasValue`): give it only when the client keeps one.
   * Without it nothing is said about values (no `no-value`), as nothing knows them.
   */
  secrets?: SecretInfo[];
  environment?: string;
  app?: string;
  /** The client runs the `secretref.*` commands (VS Code's client): quick fixes, lenses and hover links may use them. */
  commands?: boolean;
}

/** Client → server notification: replaces the store snapshot. */
export const SECRETS_CHANGED = 'secretref/secretsChanged';
export interface SecretsChangedParams {
  secrets: SecretInfo[];
}

/** Client → server request: the integrations the workspace index knows. */
export const LIST_INTEGRATIONS = 'secretref/integrations';
export interface IntegrationSummary {
  /** `metadata.name`. */
  name: string;
  uri: string;
  /** Zero-based position of the `run` function, for the CodeLens and "go to". */
  runLine: number;
  runCharacter: number;
  requiredSecrets: string[];
}
export interface ListIntegrationsResult {
  integrations: IntegrationSummary[];
}

/**
 * Client → server request: the edit that renames every reference to a secret in the workspace,
 * for a secret renamed in the store (the palette's Rename Secret) rather than from a reference.
 */
export const RENAME_REFERENCES = 'secretref/renameReferences';
export interface RenameReferencesParams {
  name: string;
  newName: string;
}
export interface RenameReferencesResult {
  /** An LSP WorkspaceEdit: `changes` by document uri. */
  edit: {
    changes: Record<
      string,
      Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>
    >;
  };
  references: number;
  files: number;
}

/**
 * Client → server request: a reference to the secret `name` in every form of every dialect (custom
 * dialects included), those natural in `languageId` first; for Copy Reference and Insert Reference.
 */
export const REFERENCE_FORMS = 'secretref/referenceForms';
export interface ReferenceFormsParams {
  name: string;
  /** The language of the document the reference is for (an LSP language id). */
  languageId?: string;
}
export type { DialectForms };
export interface ReferenceFormsResult {
  dialects: DialectForms[];
}

/** Client commands the server's quick fixes and CodeLenses invoke (the client implements them). */
export const CLIENT_COMMANDS = {
  createSecret: 'secretref.createSecret', // args: [name: string]
  setValue: 'secretref.setValue', // args: [name: string, environment?: string]
  rotateSecret: 'secretref.rotateSecret', // args: [name: string]
  editScope: 'secretref.editScope', // args: [name: string, app?: string] (the app is picked already)
  runIntegration: 'secretref.runIntegration', // args: [uri: string, name: string]
  // args: [uri, range {start,end} UTF-16 offsets of the credential, suggestedName, replacementText, extraEdits {range,newText}[]].
  // The client reads the credential at `range` from its own document, stores it, then applies `range` → replacementText
  // and extraEdits (all in the unedited text's offsets) as one edit. See analysis/codeActions/moveHardcodedToStore.ts.
  moveToStore: 'secretref.moveHardcodedToStore',
} as const;
