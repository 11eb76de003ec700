// The quick-fix registry: adding a fix is adding a provider module and one line here.
import type { QuickFixContext, QuickFixProvider } from './codeAction';
import { fixesOf } from './fences';
import type { QuickFix } from '../model/types';
import { addToRequiredFix } from './addToRequired';
import { removeDeclarationFix } from './removeDeclaration';
import { renameToSuggestionFix } from './renameToSuggestion';
import { createSecretFix } from './createSecret';
import { redactLoggedValueFix } from './redactLoggedValue';
import { moveHardcodedToStoreFix } from './moveHardcodedToStore';
import { ignoreOnLineFix } from './ignoreOnLine';
import { addToManifestFix } from './addToManifest';
import { removeSuppressionFix } from './removeSuppression';
import { editScopeFix } from './editScope';
import { scopeInManifestFix } from './scopeInManifest';

export const CODE_ACTIONS: QuickFixProvider[] = [
  renameToSuggestionFix,
  createSecretFix,
  addToManifestFix,
  addToRequiredFix,
  removeDeclarationFix,
  redactLoggedValueFix,
  moveHardcodedToStoreFix,
  editScopeFix,
  scopeInManifestFix,
  // Last: a fix of the finding itself comes first in the light bulb, so Enter never silences
  // what it could have fixed.
  ignoreOnLineFix,
  removeSuppressionFix,
];

/** Whether any provider for these codes needs the governing manifest's text (see `readsManifest`). */
export function fixesReadManifest(codes: readonly string[], clientRunsCommands: boolean): boolean {
  return CODE_ACTIONS.some(
    (p) => p.readsManifest !== undefined && (p.readsManifest === 'always' || !clientRunsCommands) && p.codes.some((c) => codes.includes(c)),
  );
}

/**
 * Every fix the registered providers offer for one finding, in registry order, computed in the
 * Markdown fence that holds it if any (`fixesOf`). A provider that throws is reported to
 * `onError` and skipped, so one broken provider never hides the others' fixes. A fix that runs a
 * command is dropped for a client that cannot run commands: it would answer "unhandled method".
 */
export function quickFixesFor(ctx: QuickFixContext, onError?: (e: unknown) => void): QuickFix[] {
  const out: QuickFix[] = [];
  for (const provider of CODE_ACTIONS) {
    if (!provider.codes.includes(ctx.diagnostic.code)) continue;
    let fixes: QuickFix[];
    try {
      fixes = fixesOf(provider, ctx);
    } catch (e) {
      onError?.(e);
      continue;
    }
    for (const fix of fixes) if (!(fix.command && ctx.clientRunsCommands === false)) out.push(fix);
  }
  return out;
}
