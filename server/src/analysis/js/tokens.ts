// Facts about TypeScript's scanner tokens shared by the readers that scan JS/TS without a parse
// (suppression comments, the integration pre-check): both must split a `/` the same way.
import { ts } from '../typescript';

/** Tokens after which a `/` divides; after anything else it starts a regular expression. */
export function endsOperand(k: ts.SyntaxKind): boolean {
  const K = ts.SyntaxKind;
  switch (k) {
    case K.Identifier:
    case K.PrivateIdentifier:
    case K.NumericLiteral:
    case K.BigIntLiteral:
    case K.StringLiteral:
    case K.RegularExpressionLiteral:
    case K.NoSubstitutionTemplateLiteral:
    case K.TemplateTail:
    case K.CloseParenToken:
    case K.CloseBracketToken:
    case K.CloseBraceToken:
    case K.ThisKeyword:
    case K.SuperKeyword:
    case K.TrueKeyword:
    case K.FalseKeyword:
    case K.NullKeyword:
    case K.PlusPlusToken:
    case K.MinusMinusToken:
      return true;
    default:
      return false;
  }
}
