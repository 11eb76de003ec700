// The JS/TS visitor registry: adding a form read from the syntax tree is adding a visitor module
// and one line here. All of them share one walk per document (`../walk.ts`), in this order.
import type { JsVisitor } from '../walk';
import { integrationObjectsVisitor } from './integrationObjects';
import { envVariablesVisitor } from './envVariables';
import { eventSecretsVisitor } from './eventSecrets';
import { taskExpressionsVisitor } from './taskExpressions';
import { toolSecretsVisitor } from './toolSecrets';

export const JS_VISITORS: readonly JsVisitor<unknown>[] = [
  integrationObjectsVisitor,
  envVariablesVisitor,
  eventSecretsVisitor,
  taskExpressionsVisitor,
  toolSecretsVisitor,
];
