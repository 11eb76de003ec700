// Object literals that may define an integration: a `metadata` and/or `run` property
// (`module.exports = { metadata, run }`, `export default {…}`, `const integration = {…}`).
// `integrations.ts` decides which of them are integrations.
import { ts } from '../../typescript';
import { propertyNameText } from '../tsNodes';
import type { JsVisitor } from '../walk';

export interface IntegrationCandidate {
  node: ts.Node;
  metadata?: ts.Expression;
  run?: ts.Node;
  /** The `run: …` property when `run` is its initializer (where "go to" and the CodeLens point). */
  runProperty?: ts.PropertyAssignment;
}

export const integrationObjectsVisitor: JsVisitor<IntegrationCandidate[]> = {
  id: 'integrationObjects',
  kinds: () => [ts.SyntaxKind.ObjectLiteralExpression],
  words: /metadata|run/,
  start: () => [],
  visit(n, out) {
    const obj = n as ts.ObjectLiteralExpression;
    let metadata: ts.Expression | undefined;
    let run: ts.Node | undefined;
    let runProperty: ts.PropertyAssignment | undefined;
    for (const p of obj.properties) {
      const key = propertyNameText(p.name);
      if (key === 'metadata') {
        if (ts.isPropertyAssignment(p)) metadata = p.initializer;
        else if (ts.isShorthandPropertyAssignment(p)) metadata = p.name;
      } else if (key === 'run') {
        runProperty = undefined;
        if (ts.isPropertyAssignment(p)) {
          run = p.initializer;
          runProperty = p;
        } else if (ts.isShorthandPropertyAssignment(p)) run = p.name;
        else if (ts.isMethodDeclaration(p)) run = p;
      }
    }
    if (metadata || run) out.push({ node: obj, metadata, run, runProperty });
  },
};
