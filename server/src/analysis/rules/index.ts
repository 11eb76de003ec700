// The rule registry: adding a diagnostic is adding a module and one line here.
import type { Rule } from '../rule';
import { invalidNameRule } from './invalidName';
import { unknownSecretRule } from './unknownSecret';
import { outOfScopeRule } from './outOfScope';
import { envUnavailableRule } from './envUnavailable';
import { expiryRule } from './expiry';
import { noValueRule } from './noValue';

export const RULES: Rule[] = [
  invalidNameRule,
  unknownSecretRule,
  outOfScopeRule,
  envUnavailableRule,
  expiryRule,
  noValueRule,
];
