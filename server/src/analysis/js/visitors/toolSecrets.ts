// Julep's `secrets:` mapping of a tool-call step, as its SDK users write a task in JS/TS:
//   { kind: 'tool_call', tool: 'email', secrets: { service_api_key: 'email_service_api_key' } }
// Each value is a secret name. Read only in an object that names a tool (`tool: '…'` or
// `kind: 'tool_call'`): `secrets: { get: jest.fn() }` in a mock, or a config's `secrets` object,
// holds no names. The same form in YAML, JSON and Python is read by `dialects/toolSecrets.ts`.
import { ts } from '../../typescript';
import type { NamedRange } from '../../integrations';
import { guardedStart } from '../../keywords';
import type { OffsetRange } from '../../model/types';
import type { TextProbe } from '../../text/textSource';
import { innerRange, isStringLit, nodeRange, propertyNameText, unwrap } from '../tsNodes';
import type { JsVisitor } from '../walk';

/** `tool:`, `"tool":`, `'tool' :` (a YAML key, a JSON or JS property, a Python dict key). */
const TOOL_KEY = guardedStart(/\btool['"]?\s*:/, 'tool');

/**
 * Whether a text may hold a tool call's `secrets` mapping, in any of the languages it is read in:
 * a file that only mentions `secrets` is not parsed for this form.
 */
export function mayHoldToolSecrets(text: TextProbe): boolean {
  return text.has('secrets') && (text.has('tool_call') || text.has(TOOL_KEY));
}

/** A value that is an expression (`$ secrets.x`) or empty is not a secret name. */
export const isSecretName = (v: string): boolean => v !== '' && !v.startsWith('$') && !/\s/.test(v);

/** Whether an object with these scalar entries is a Julep step that calls a tool. */
export const isToolStep = (get: (key: string) => unknown): boolean => typeof get('tool') === 'string' || get('kind') === 'tool_call';

export interface JsToolSecrets {
  refs: NamedRange[];
  /** The `secrets` objects of tool-call steps, braces included: where completion offers names. */
  maps: OffsetRange[];
}

export const toolSecretsVisitor: JsVisitor<JsToolSecrets> = {
  id: 'toolSecrets',
  kinds: () => [ts.SyntaxKind.ObjectLiteralExpression],
  words: /secrets/,
  start: () => ({ refs: [], maps: [] }),
  visit(n, out, { sf }) {
    const step = n as ts.ObjectLiteralExpression;
    let secrets: ts.Expression | undefined;
    const scalars = new Map<string, string>();
    for (const p of step.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = propertyNameText(p.name);
      if (key === undefined) continue;
      const value = unwrap(p.initializer);
      if (key === 'secrets') secrets = value;
      else if ((key === 'tool' || key === 'kind') && isStringLit(value)) scalars.set(key, value.text);
    }
    if (!secrets || !ts.isObjectLiteralExpression(secrets) || !isToolStep((k) => scalars.get(k))) return;
    out.maps.push(nodeRange(secrets, sf));
    for (const p of secrets.properties) {
      if (!ts.isPropertyAssignment(p) || propertyNameText(p.name) === undefined) continue;
      const value = unwrap(p.initializer);
      if (!isStringLit(value) || !isSecretName(value.text)) continue;
      out.refs.push({ name: value.text, range: innerRange(value, sf), fullRange: nodeRange(p, sf) });
    }
  },
};
