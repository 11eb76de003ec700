// CodeLenses on declarations (requiredSecrets entries, manifest entries): how many files
// use the secret, and a link to set its value when the store has none here.
import type { SecretInfo } from '../model/types';

export interface SecretLens<R> {
  range: R;
  title: string;
  /** A client command; absent for a lens that only informs. */
  command?: { command: string; arguments: unknown[] };
}

export interface DeclarationInput<R> {
  name: string;
  range: R;
}

export function usedInTitle(files: number): string {
  return files === 0 ? 'not used in any file' : `used in ${files} ${files === 1 ? 'file' : 'files'}`;
}

export function declarationLenses<R>(
  declarations: readonly DeclarationInput<R>[],
  lookup: (name: string) => SecretInfo | undefined,
  filesUsing: (name: string) => number,
  /** `valuesKnown`: a store said which secrets have values; `commands`: the client runs `secretref.*` commands. */
  client: { valuesKnown: boolean; commands: boolean } = { valuesKnown: true, commands: true },
): SecretLens<R>[] {
  const lenses: SecretLens<R>[] = [];
  for (const d of declarations) {
    lenses.push({ range: d.range, title: usedInTitle(filesUsing(d.name)) });
    const secret = lookup(d.name);
    // A manifest entry no store has filled, or a store entry without a value: nothing to inject here.
    const noValue = !secret || secret.hasValue === false || (secret.level === 'manifest' && secret.hasValue !== true);
    if (noValue && client.valuesKnown) {
      lenses.push(
        client.commands
          ? { range: d.range, title: 'no value here — Set value', command: { command: 'secretref.setValue', arguments: [d.name] } }
          : { range: d.range, title: 'no value here' },
      );
    }
  }
  return lenses;
}
