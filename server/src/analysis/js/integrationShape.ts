// Whether a module's tokens can add up to an integration, read by TypeScript's scanner instead
// of its parser (a tenth of the cost: most of a parse is building the tree). The text prefilter
// lets through any file where `metadata` and `run` look like keys, and in editors' and
// frameworks' code they mostly are, only not of one object (an action's `metadata: {…}` passed
// to `super`, its `run()` a class method) or they sit in comments and strings. A file without
// `secrets` in it can only be an integration through an object or a module that has both
// `metadata` and a `run` function (or a `run` with a metadata file beside it; see
// `integrationsOf`), so the scan asks for exactly those token shapes.
//
// The answer must never be "no" for a module the parse would find an integration in. Where the
// scanner alone cannot tell how the parser reads a `/` (a regular expression or a division after
// `}`, after `if (…)`, after a contextual keyword) or a `<` (JSX in a .js file), it answers "may".
import { ts } from '../typescript';
import { isExpressionString } from './expressions';
import { isKeyword, operandEnds } from './tokens';

type K = ts.SyntaxKind;

interface Frame {
  /** The token that opened it: `{`, `(`, `[` or a template's `${`. */
  open: K;
  /** A `{` right after `export`: its names are the module's exports. */
  exports: boolean;
  /** A `(` right after `if`, `while`, `for`, `with` or `await`: a `/` after its `)` starts a regular expression. */
  head: boolean;
  metadata: boolean;
  run: boolean;
  /** A class body: its members are no integration's (the parse's walk never reads them), so they mark nothing. */
  classBody?: true;
}

/** What the scan found: the token shapes that integration code needs. */
export interface IntegrationShape {
  /** An object literal (or the module's exports) with both a `metadata` and a `run` key. */
  paired: boolean;
  /** A `run` key, method, declaration or export anywhere (an integration if a metadata file sits beside it). */
  run: boolean;
  /** `requiredSecrets` as a name or a string (a metadata object declares secrets without a `run`). */
  requiredSecrets: boolean;
  /** `secrets` after a `.` or `?.`: `event.secrets('X')`, `julep.secrets.get(…)`. */
  secretsMember: boolean;
  /** A string or a template's head that `isExpressionString` takes for a task expression (`'$ secrets.x'`). */
  expressionString: boolean;
}

/** The scan could not tell how the parser reads the text: treat it as a possible integration. */
const MAY: IntegrationShape = { paired: true, run: true, requiredSecrets: true, secretsMember: true, expressionString: true };

/**
 * The integration shapes among the tokens of a JS/TS text, or `MAY` where the scanner's reading
 * could differ from the parser's. `typescript`: a .ts file (no JSX, but `x!` and `<T>x`).
 * `enough`: the scan stops as soon as what it found so far satisfies it (a real integration
 * module then costs the scan of its first lines, not of the whole file, before its parse).
 */
export function integrationShape(text: string, typescript: boolean, enough?: (found: IntegrationShape) => boolean): IntegrationShape {
  const S = ts.SyntaxKind;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const stack: Frame[] = [];
  const found: IntegrationShape = { paired: false, run: false, requiredSecrets: false, secretsMember: false, expressionString: false };
  let moduleMetadata = false,
    moduleRun = false;
  /** The last two tokens before the current one. */
  let prev: K = S.Unknown,
    prev2: K = S.Unknown;
  /** A `metadata` or `run` name waiting for the token after it. */
  let pending: { run: boolean; prev: K; prev2: K; frame: Frame | undefined; depth: number } | undefined;
  /** Something that may have changed `found` happened since `enough` was last asked. */
  let seen = false;
  /** The token before is the `)` of `if (…)` (and the like). */
  let closedHead = false;
  /** The depth at which a `class` keyword waits for its body's `{` (-1: none). */
  let classAt = -1;
  const { head: HEAD_KEYWORDS, expression: EXPRESSION_KEYWORDS } = keywordSets();

  const mark = (frame: Frame | undefined, run: boolean) => {
    if (!frame) return;
    if (run) frame.run = true;
    else frame.metadata = true;
    if (frame.metadata && frame.run) found.paired = true;
  };
  const markModule = (run: boolean) => {
    if (run) moduleRun = true;
    else moduleMetadata = true;
    if (moduleMetadata && moduleRun) found.paired = true;
  };
  /** Decides what the name waiting in `pending` is, now that the token after it (`next`) is known. */
  const settle = (next: K) => {
    const p = pending!;
    pending = undefined;
    seen = true;
    const top = p.frame;
    // A key (`metadata:`, `'run':`), a shorthand (`{ metadata, run }`, also `export { run }`),
    // a method (`run(`, `async run(`, `*run<T>(`).
    const inObject = top?.open === S.OpenBraceToken && (p.prev === S.OpenBraceToken || p.prev === S.CommaToken);
    let key =
      inObject &&
      (next === S.ColonToken ||
        next === S.CommaToken ||
        next === S.CloseBraceToken ||
        (p.run && (next === S.OpenParenToken || next === S.LessThanToken)));
    if (
      p.run &&
      top?.open === S.OpenBraceToken &&
      (p.prev === S.AsyncKeyword || p.prev === S.AsteriskToken) &&
      (next === S.OpenParenToken || next === S.LessThanToken)
    )
      key = true;
    // `export { go as run }`.
    if (p.prev === S.AsKeyword) key = true;
    // `class A { run() {} }`: a method of a class (an editor action's) is no integration's run.
    if (top?.classBody) key = false;
    if (key) {
      mark(top, p.run);
      // `export { metadata }`, `export { go as run }`: the module's exports too.
      if (p.depth === 1 && top?.exports) markModule(p.run);
      if (p.run) found.run = true;
    }
    // `{ ['metadata']: … }`: the key belongs to the object around the brackets.
    const around = stack[stack.length - 2];
    if (top?.open === S.OpenBracketToken && p.prev === S.OpenBracketToken && next === S.CloseBracketToken && !around?.classBody) {
      mark(around, p.run);
      if (p.run) found.run = true;
    }
    // `export const metadata =`, `function run(`, `exports.run =` at the top level.
    const declared = p.prev === S.ConstKeyword || p.prev === S.LetKeyword || p.prev === S.VarKeyword || p.prev === S.FunctionKeyword;
    const generator = p.prev === S.AsteriskToken && p.prev2 === S.FunctionKeyword;
    const assigned = p.prev === S.DotToken && next === S.EqualsToken;
    if (p.depth === 0 && (declared || generator || assigned)) {
      markModule(p.run);
      if (p.run) found.run = true;
    }
  };

  const operandBefore = (): boolean => operandEnds(prev, prev2);
  for (let k = scanner.scan(); k !== S.EndOfFileToken; k = scanner.scan()) {
    if (seen && enough) {
      if (enough(found)) return found;
      seen = false;
    }
    if (k === S.SlashToken || k === S.SlashEqualsToken) {
      // After `}` (a block or an object literal?) and `++` (postfix or prefix?) the parser alone knows.
      if (prev === S.CloseBraceToken || prev === S.PlusPlusToken || prev === S.MinusMinusToken) return MAY;
      // `)` of a call or a parenthesized expression: a division; of `if (…)`: a regular expression.
      if (prev === S.CloseParenToken && closedHead) return MAY;
      // `x! / 2` or `!/re/`.
      if (prev === S.ExclamationToken && typescript) return MAY;
      if (!operandBefore()) {
        // `return /re/`, `= /re/`; but `of`, `yield` and `await` are names in some code, keywords in other.
        if (isKeyword(prev) && !EXPRESSION_KEYWORDS.has(prev)) return MAY;
        k = scanner.reScanSlashToken();
      }
    } else if (k === S.LessThanToken && !typescript && !operandBefore()) {
      // `<` where an expression starts: JSX, which the parser reads as text and tags.
      return MAY;
    }
    if (pending) settle(k);
    closedHead = false;
    switch (k) {
      case S.ClassKeyword:
        // Not `x.class`. The body is the next `{` at this depth (an `extends f({…})` argument is deeper;
        // a TypeScript `implements I<{…}>` type literal is taken for it, which only lets the real body mark).
        if (prev !== S.DotToken && prev !== S.QuestionDotToken) classAt = stack.length;
        break;
      case S.OpenBraceToken:
      case S.OpenBracketToken:
      case S.TemplateHead:
        stack.push({ open: k, head: false, exports: k === S.OpenBraceToken && prev === S.ExportKeyword, metadata: false, run: false });
        if (k === S.OpenBraceToken && classAt === stack.length - 1) {
          stack[stack.length - 1].classBody = true;
          classAt = -1;
        }
        // A template's head is what `isExpressionString` reads of it.
        if (k === S.TemplateHead && isExpressionString(scanner.getTokenValue())) seen = found.expressionString = true;
        break;
      case S.OpenParenToken:
        stack.push({ open: k, head: HEAD_KEYWORDS.has(prev), exports: false, metadata: false, run: false });
        break;
      case S.CloseParenToken: {
        const f = stack.pop();
        if (f?.open !== S.OpenParenToken) return MAY;
        closedHead = f.head;
        break;
      }
      case S.CloseBracketToken:
        if (stack.pop()?.open !== S.OpenBracketToken) return MAY;
        break;
      case S.CloseBraceToken: {
        const f = stack.pop();
        if (f?.open === S.TemplateHead) {
          k = scanner.reScanTemplateToken(false);
          if (k === S.TemplateMiddle) stack.push(f);
        } else if (f?.open !== S.OpenBraceToken) return MAY;
        break;
      }
      case S.Identifier:
      case S.StringLiteral:
      case S.NoSubstitutionTemplateLiteral: {
        const v = scanner.getTokenValue();
        if (v === 'metadata' || v === 'run')
          pending = { run: v === 'run', prev, prev2, frame: stack[stack.length - 1], depth: stack.length };
        else if (v === 'requiredSecrets') found.requiredSecrets = true;
        else if (v === 'secrets' && k === S.Identifier && (prev === S.DotToken || prev === S.QuestionDotToken)) found.secretsMember = true;
        else if (k === S.Identifier || !isExpressionString(v)) break;
        else found.expressionString = true;
        seen = true;
        break;
      }
    }
    prev2 = prev;
    prev = k;
  }
  if (pending) settle(S.EndOfFileToken);
  return found;
}

let sets: { head: ReadonlySet<K>; expression: ReadonlySet<K> } | undefined;

/** Built on first use: `ts` loads lazily. */
function keywordSets(): { head: ReadonlySet<K>; expression: ReadonlySet<K> } {
  const S = ts.SyntaxKind;
  return (sets ??= {
    // The keywords whose `(…)` is a statement's head: after its `)` an expression starts.
    head: new Set([S.IfKeyword, S.WhileKeyword, S.ForKeyword, S.WithKeyword, S.AwaitKeyword]),
    // Reserved words after which an expression starts (a `/` there begins a regular expression).
    expression: new Set([
      S.ReturnKeyword,
      S.TypeOfKeyword,
      S.InstanceOfKeyword,
      S.InKeyword,
      S.NewKeyword,
      S.DeleteKeyword,
      S.VoidKeyword,
      S.ThrowKeyword,
      S.CaseKeyword,
      S.DoKeyword,
      S.ElseKeyword,
      S.ExtendsKeyword,
    ]),
  });
}
