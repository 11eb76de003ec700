// Flatfile's form: `event.secrets('NAME', options?)` (any receiver: `e.secrets`, `this.event.secrets`).
import { ts } from '../../typescript';
import type { NamedRange } from '../../integrations';
import { innerRange, isStringLit, nodeRange, unwrap } from '../tsNodes';
import type { JsVisitor } from '../walk';

export const eventSecretsVisitor: JsVisitor<NamedRange[]> = {
  id: 'eventSecrets',
  kinds: () => [ts.SyntaxKind.CallExpression],
  words: /secrets/,
  start: () => [],
  visit(n, out, { sf }) {
    const call = n as ts.CallExpression;
    const callee = unwrap(call.expression);
    const first = call.arguments[0];
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'secrets' && first && isStringLit(first) && first.text !== '')
      out.push({ name: first.text, range: innerRange(first, sf), fullRange: nodeRange(call, sf) });
  },
};
