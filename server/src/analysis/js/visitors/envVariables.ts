// The env adapter's form: `process.env.INTEGRATION_X`, `process.env['INTEGRATION_X']` and
// `const { INTEGRATION_X } = process.env`. The name is what follows the prefix; whether it is a
// secret here is the env dialect's question (`readsEnvAdapter`).
import { ts } from '../../typescript';
import type { NamedRange } from '../../integrations';
import { innerRange, isProcessEnv, isStringLit, nodeRange, propertyNameText, unwrap } from '../tsNodes';
import type { JsVisitor } from '../walk';
import { guardedStart } from '../../keywords';

export const ENV_PREFIX = 'INTEGRATION_';

/**
 * `INTEGRATION_` where a name can begin with it, for prefilters: not inside a longer word
 * (`HTML_INTEGRATION_POINTS`, `COPILOT_INTEGRATION_ID`), where no name read here starts.
 */
export const ENV_NAME = guardedStart(/(?<![\w$])INTEGRATION_/, ENV_PREFIX);

const named = (key: string): boolean => key.startsWith(ENV_PREFIX) && key.length > ENV_PREFIX.length;

export const envVariablesVisitor: JsVisitor<NamedRange[]> = {
  id: 'envVariables',
  kinds: () => [ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.VariableDeclaration],
  words: /INTEGRATION_/,
  start: () => [],
  visit(n, out, { sf }) {
    if (ts.isPropertyAccessExpression(n)) {
      if (named(n.name.text) && isProcessEnv(unwrap(n.expression))) {
        const start = n.name.getStart(sf) + ENV_PREFIX.length;
        out.push({ name: n.name.text.slice(ENV_PREFIX.length), range: { start, end: n.name.end }, fullRange: nodeRange(n, sf) });
      }
    } else if (ts.isElementAccessExpression(n)) {
      const arg = n.argumentExpression;
      if (isStringLit(arg) && named(arg.text) && isProcessEnv(unwrap(n.expression))) {
        const inner = innerRange(arg, sf);
        out.push({
          name: arg.text.slice(ENV_PREFIX.length),
          range: { start: inner.start + ENV_PREFIX.length, end: inner.end },
          fullRange: nodeRange(n, sf),
        });
      }
    } else if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name) && n.initializer && isProcessEnv(unwrap(n.initializer))) {
      // const { INTEGRATION_X } = process.env
      for (const el of n.name.elements) {
        const keyNode = el.propertyName ?? el.name;
        const key = propertyNameText(keyNode);
        if (key && named(key)) {
          const start = keyNode.getStart(sf) + (isStringLit(keyNode) ? 1 : 0) + ENV_PREFIX.length;
          out.push({
            name: key.slice(ENV_PREFIX.length),
            range: { start, end: start + key.length - ENV_PREFIX.length },
            fullRange: nodeRange(el, sf),
          });
        }
      }
    }
  },
};
