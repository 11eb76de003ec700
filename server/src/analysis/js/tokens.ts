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

/** A reserved word, or `yield`, `await`, `of`: a keyword wherever it stands, unless after `.`. */
export function isKeyword(k: ts.SyntaxKind): boolean {
  return k >= ts.SyntaxKind.FirstKeyword && k <= ts.SyntaxKind.LastKeyword && !identifierLike(k);
}

/** An identifier, or a contextual keyword (`type`, `from`, `as`, `let`…) that ends an operand wherever a `/` or `<` can follow it. */
export function identifierLike(k: ts.SyntaxKind): boolean {
  const S = ts.SyntaxKind;
  if (k === S.Identifier) return true;
  return k > S.LastReservedWord && k <= S.LastKeyword && k !== S.YieldKeyword && k !== S.AwaitKeyword && k !== S.OfKeyword;
}

/**
 * Whether `prev` (with `prev2` before it) ends an operand, so that a `/` after it divides: an
 * operand's last token, a name the scanner reads as a contextual keyword (`from / 2`), or any
 * keyword written after `.` or `?.` (a property name: `x.default / 2`).
 */
export function operandEnds(prev: ts.SyntaxKind, prev2: ts.SyntaxKind): boolean {
  const S = ts.SyntaxKind;
  return endsOperand(prev) || identifierLike(prev) || (isKeyword(prev) && (prev2 === S.DotToken || prev2 === S.QuestionDotToken));
}
