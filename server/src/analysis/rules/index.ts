// The rule registry: adding a diagnostic is adding a module and one line here.
import type { Rule } from '../rule';

export const RULES: Rule[] = [
];
