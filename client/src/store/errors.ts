// The errors the secret store raises, with the error codes of Julep's SDK and messages a user can act on.
// A message names the secret and the fix; it never contains a value.
import type { StoreLevel } from './types';

export type SecretStoreErrorCode = 'invalid_name' | 'conflict' | 'not_found' | 'invalid_input';

export class SecretStoreError extends Error {
  constructor(
    readonly code: SecretStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SecretStoreError';
  }
}

/** A name that is no identifier: the text is neither quoted nor kept (it is often a value pasted into the name box). */
export class InvalidNameError extends SecretStoreError {
  constructor(name: string) {
    super('invalid_name', invalidNameMessage(name));
  }
}

/** A name that is a credential: the message names the provider, never the text (it would be logged). */
export class CredentialNameError extends SecretStoreError {
  constructor(readonly provider: string) {
    super('invalid_name', credentialNameMessage(provider));
  }
}

export function credentialNameMessage(provider: string): string {
  return (
    `This looks like a ${provider} credential, not a name: give the secret a name here (like STRIPE_KEY), and type its value ` +
    'only where a value is asked for. Names are not secret: they are logged, shown in the Secrets view and sent to the language server.'
  );
}

export class ConflictError extends SecretStoreError {
  constructor(
    readonly secretName: string,
    readonly level: StoreLevel,
  ) {
    super('conflict', `A ${level} secret named '${secretName}' already exists. Choose another name or edit the existing secret.`);
  }
}

export class NotFoundError extends SecretStoreError {
  constructor(
    readonly secretName: string,
    readonly level?: StoreLevel,
  ) {
    super(
      'not_found',
      level
        ? `Secret '${secretName}' not found in the ${level} store. Create it first, or pick the level it lives in.`
        : `Secret '${secretName}' not found in the workspace or user store. Create it first with "Secrets: Create Secret".`,
    );
  }
}

/** Bad environment names, dates, metadata: the input, not the name, is wrong. */
export class InvalidInputError extends SecretStoreError {
  constructor(message: string) {
    super('invalid_input', message);
  }
}

/**
 * Says what is wrong with a name without quoting it: text that is no identifier is often a value
 * pasted into the name box (a password with punctuation), and this message is shown, logged and
 * returned to callers of the commands.
 */
export function invalidNameMessage(name: string): string {
  const why = /^[0-9]/.test(name)
    ? 'it starts with a digit'
    : /\s/.test(name)
      ? 'it contains a space'
      : /[^\x00-\x7f]/.test(name)
        ? 'it contains a character outside A–Z'
        : 'it contains punctuation';
  return `That secret name is invalid (${why}): use letters, digits and underscores, starting with a letter or underscore.`;
}
