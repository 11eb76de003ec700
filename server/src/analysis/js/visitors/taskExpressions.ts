// Julep's forms in JS/TS objects: `secret_name: 'name'`, and `secrets.name` inside expression
// strings (`'$ secrets.db_host'`, `$ f'…{secrets.api_key}…'`), also as template literals.
import { ts } from '../../typescript';
import type { NamedRange } from '../../integrations';
import { isExpressionString, scanExpression } from '../expressions';
import { innerRange, isStringLit, nodeRange, propertyNameText } from '../tsNodes';
import type { JsVisitor } from '../walk';

export const taskExpressionsVisitor: JsVisitor<NamedRange[]> = {
  id: 'taskExpressions',
  kinds: () => [
    ts.SyntaxKind.ObjectLiteralExpression,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateExpression,
  ],
  // `secret_name`, or `secrets` in the raw text of an expression string (what `scanExpression` reads).
  words: /secret(?:s|_name)/,
  start: () => [],
  visit(n, out, { doc, sf }) {
    if (ts.isObjectLiteralExpression(n)) {
      for (const p of n.properties)
        if (
          propertyNameText(p.name) === 'secret_name' &&
          ts.isPropertyAssignment(p) &&
          isStringLit(p.initializer) &&
          p.initializer.text !== ''
        )
          out.push({ name: p.initializer.text, range: innerRange(p.initializer, sf), fullRange: nodeRange(p, sf) });
    } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (isExpressionString(n.text)) scanExpression(doc.text, n.getStart(sf) + 1, n.end - 1, out);
    } else if (ts.isTemplateExpression(n)) {
      if (isExpressionString(n.head.text)) scanExpression(doc.text, n.getStart(sf) + 1, n.end - 1, out);
    }
  },
};
