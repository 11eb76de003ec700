// The rule registry: adding a diagnostic is adding a module and one line here.
import type { Rule } from './rule';
import { invalidNameRule } from './invalidName';
import { unknownSecretRule } from './unknownSecret';
import { outOfScopeRule } from './outOfScope';
import { envUnavailableRule } from './envUnavailable';
import { expiryRule } from './expiry';
import { noValueRule } from './noValue';
import { undeclaredSecretRule } from './undeclaredSecret';
import { unusedDeclarationRule } from './unusedDeclaration';
import { missingRequiredRule } from './missingRequired';
import { duplicateDeclarationRule } from './duplicateDeclaration';
import { loggedSecretRule } from './loggedSecret';
import { hardcodedSecretRule } from './hardcodedSecret';

export const RULES: Rule[] = [
  invalidNameRule,
  unknownSecretRule,
  outOfScopeRule,
  envUnavailableRule,
  expiryRule,
  noValueRule,
  undeclaredSecretRule,
  unusedDeclarationRule,
  missingRequiredRule,
  duplicateDeclarationRule,
  loggedSecretRule,
  hardcodedSecretRule,
];
