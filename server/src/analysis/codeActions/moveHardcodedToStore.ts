// Quick fix for hardcoded-secret: move the credential into the secret store and put the reference
// form that fits the file in its place: `secrets.NAME` (plus a requiredSecrets entry) inside an
// integration's run function, `process.env.INTEGRATION_NAME` in other code, `$Token{NAME}` in a config.
//
// The server never handles the credential: the fix is a client command
//   secretref.moveHardcodedToStore [uri, range, suggestedName, replacementText, extraEdits]
// `range` (UTF-16 offsets) is where the client reads the credential from its own copy of the
// document; it stores it under the name the user confirms, then applies, in one edit, `range` →
// `replacementText` and `extraEdits` (offsets in the same, unedited text; e.g. dropping the quotes
// around the literal and the new requiredSecrets entry). If the user picks another name, the
// client replaces `suggestedName` in those texts.
import { ts } from '../typescript';
import type { QuickFixProvider } from './codeAction';
import type { ParsedDocument } from '../document';
import { ENV_PREFIX, jsFacts } from '../integrations';
import type { OffsetRange, QuickFix, TextEdit } from '../model/types';
import { addDeclarationEdit } from './addToRequired';

export const MOVE_TO_STORE_COMMAND = 'secretref.moveHardcodedToStore';

export interface MovePlan {
  replacementText: string;
  extraEdits: TextEdit[];
}

/** The innermost node of `sf` that contains the range. */
function nodeAround(sf: ts.SourceFile, range: OffsetRange): ts.Node | undefined {
  let node: ts.Node = sf;
  for (let depth = 0; depth < 1000; depth++) {
    let next: ts.Node | undefined;
    node.forEachChild((c) => {
      if (c.getStart(sf) <= range.start && range.end <= c.end) {
        next = c;
        return true;
      }
      return undefined;
    });
    if (!next) return node;
    node = next;
  }
  return node;
}

export function planMove(doc: ParsedDocument, range: OffsetRange, name: string): MovePlan | undefined {
  if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return { replacementText: `$Token{${name}}`, extraEdits: [] };
  const sf = doc.tsSource;
  const facts = jsFacts(doc);
  if (!sf || !facts) return undefined;
  const lit = nodeAround(sf, range);
  if (
    !lit ||
    !(
      ts.isStringLiteral(lit) ||
      ts.isNoSubstitutionTemplateLiteral(lit) ||
      ts.isTemplateHead(lit) ||
      ts.isTemplateMiddle(lit) ||
      ts.isTemplateTail(lit)
    )
  )
    return undefined;

  // Inside a run function the injected secrets object is the way in; elsewhere the env adapter's variable.
  const extraEdits: TextEdit[] = [];
  let expr = `process.env.${ENV_PREFIX}${name}`;
  for (const integ of facts.integrations) {
    const run = integ.run;
    const p = run?.secretsParam;
    if (!run || !p || !ts.isIdentifier(p.name) || range.start < run.node.pos || range.end > run.node.end) continue;
    expr = `${p.name.text}.${name}`;
    if (!integ.required?.entries.some((e) => e.name === name)) {
      const decl = addDeclarationEdit(doc, integ, name);
      if (decl) extraEdits.push(decl);
    }
    break;
  }

  const start = lit.getStart(sf);
  const text = doc.text;
  const whole = range.start === start + 1 && range.end === lit.end - 1;
  if (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) {
    if (whole) {
      // 'credential' → secrets.NAME: the quotes go too.
      extraEdits.push({ range: { start, end: start + 1 }, newText: '' }, { range: { start: lit.end - 1, end: lit.end }, newText: '' });
      return { replacementText: expr, extraEdits };
    }
    if (ts.isNoSubstitutionTemplateLiteral(lit)) return { replacementText: `\${${expr}}`, extraEdits };
    // 'Bearer credential' → `Bearer ${secrets.NAME}`: only when the rest needs no escaping as a template.
    const raw = text.slice(start + 1, lit.end - 1);
    if (/[`$]|\\/.test(raw)) return undefined;
    extraEdits.push({ range: { start, end: start + 1 }, newText: '`' }, { range: { start: lit.end - 1, end: lit.end }, newText: '`' });
    return { replacementText: `\${${expr}}`, extraEdits };
  }
  // A part of a template literal.
  return { replacementText: `\${${expr}}`, extraEdits };
}

export const moveHardcodedToStoreFix: QuickFixProvider = {
  codes: ['hardcoded-secret'],
  provide({ doc, diagnostic }): QuickFix[] {
    const suggested = typeof diagnostic.data?.suggestedName === 'string' ? diagnostic.data.suggestedName : 'SECRET';
    const plan = planMove(doc, diagnostic.range, suggested);
    if (!plan) return [];
    return [
      {
        title: `Move the credential into the secret store as '${suggested}'`,
        fixes: 'hardcoded-secret',
        isPreferred: true,
        command: {
          command: MOVE_TO_STORE_COMMAND,
          title: 'Move to secret store',
          arguments: [
            doc.uri,
            { start: diagnostic.range.start, end: diagnostic.range.end },
            suggested,
            plan.replacementText,
            plan.extraEdits,
          ],
        },
      },
    ];
  },
};
