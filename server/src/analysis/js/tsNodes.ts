// Small readers of TypeScript syntax nodes shared by the JS/TS analyses (the integration walk,
// its visitors, the secret-flow walk, code actions). The tree is parsed without parent pointers
// (`ParsedDocument.tsSource`): nothing here may read `node.parent` or call `getText()` without
// the source file.
import { ts } from '../typescript';
import type { OffsetRange } from '../model/types';

/** The expression inside parentheses, `as`, `satisfies`, `!` and `<T>` casts. */
export function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  // A switch on the kind: this runs for most expressions of every walk.
  for (;;) {
    switch (cur.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        cur = (cur as ts.ParenthesizedExpression).expression;
        break;
      default:
        return cur;
    }
  }
}

/** The text of a property or binding name when it is written literally (`a`, `'a'`, `['a']`, `1`). */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  if (ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

export function isStringLit(e: ts.Node): e is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e);
}

/** The range of a string literal's text between its quotes. */
export function innerRange(lit: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, sf: ts.SourceFile): OffsetRange {
  const start = lit.getStart(sf);
  return { start: start + 1, end: Math.max(start + 1, lit.end - 1) };
}

/** The node's range without its leading trivia. */
export function nodeRange(n: ts.Node, sf: ts.SourceFile): OffsetRange {
  return { start: n.getStart(sf), end: n.end };
}

export type FunctionLike = ts.FunctionExpression | ts.ArrowFunction | ts.FunctionDeclaration | ts.MethodDeclaration;

export function isFunctionLike(e: ts.Node | undefined): e is FunctionLike {
  return !!e && (ts.isFunctionExpression(e) || ts.isArrowFunction(e) || ts.isFunctionDeclaration(e) || ts.isMethodDeclaration(e));
}

/** `process.env`, the object every environment read goes through. */
export function isProcessEnv(e: ts.Expression): e is ts.PropertyAccessExpression {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'process' && e.name.text === 'env';
}
