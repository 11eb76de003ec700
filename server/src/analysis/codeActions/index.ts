// The quick-fix registry: adding a fix is adding a provider module and one line here.
import type { QuickFixProvider } from './codeAction';
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
