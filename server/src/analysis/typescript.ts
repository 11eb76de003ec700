// TypeScript's parser, loaded the first time a JS/TS file has to be parsed.
//
// The `typescript` module is most of the server's code: loading it costs about 50 MB and a few
// hundred milliseconds at start-up, and most workspaces (and most files of a CLI run) never
// need a syntax tree. Modules import `ts` from here instead of from 'typescript': the value
// loads on first use, the types are TypeScript's own.
import type * as TS from 'typescript';

let loaded: typeof TS | undefined;

/** The `typescript` module (loads it on the first call). */
export function typescript(): typeof TS {
  if (!loaded) {
    // A require inside a function: the bundler keeps the module's initialisation lazy.
    loaded = require('typescript') as typeof TS;
    // From now on `ts` is the module itself: importers read the live binding, and tree walks
    // no longer pay a proxy trap per property access (half again the time of a walk).
    ts = loaded;
  }
  return loaded;
}

/**
 * The `typescript` module: a proxy that loads it on first property access, then the module
 * itself (a live binding, see `typescript()`).
 */
export let ts: typeof TS = new Proxy({} as typeof TS, {
  get: (_target, key) => (typescript() as unknown as Record<string | symbol, unknown>)[key],
});

/** The types of the syntax tree that the analysis names (TypeScript's own). */
export declare namespace ts {
  export type ArrayLiteralExpression = TS.ArrayLiteralExpression;
  export type ArrowFunction = TS.ArrowFunction;
  export type AwaitExpression = TS.AwaitExpression;
  export type BinaryExpression = TS.BinaryExpression;
  export type BindingName = TS.BindingName;
  export type Block = TS.Block;
  export type CallExpression = TS.CallExpression;
  export type ConditionalExpression = TS.ConditionalExpression;
  export type Declaration = TS.Declaration;
  export type ElementAccessExpression = TS.ElementAccessExpression;
  export type Expression = TS.Expression;
  export type ForInOrOfStatement = TS.ForInOrOfStatement;
  export type FunctionDeclaration = TS.FunctionDeclaration;
  export type FunctionExpression = TS.FunctionExpression;
  export type FunctionLikeDeclaration = TS.FunctionLikeDeclaration;
  export type Identifier = TS.Identifier;
  export type JSDocParsingMode = TS.JSDocParsingMode;
  export type MethodDeclaration = TS.MethodDeclaration;
  export type ModifierFlags = TS.ModifierFlags;
  export type NewExpression = TS.NewExpression;
  export type NoSubstitutionTemplateLiteral = TS.NoSubstitutionTemplateLiteral;
  export type Node = TS.Node;
  export type ObjectLiteralExpression = TS.ObjectLiteralExpression;
  export type ParameterDeclaration = TS.ParameterDeclaration;
  export type ParenthesizedExpression = TS.ParenthesizedExpression;
  export type PrefixUnaryExpression = TS.PrefixUnaryExpression;
  export type PropertyAccessExpression = TS.PropertyAccessExpression;
  export type PropertyAssignment = TS.PropertyAssignment;
  export type PropertyName = TS.PropertyName;
  export type ScriptKind = TS.ScriptKind;
  export type ScriptTarget = TS.ScriptTarget;
  export type SignatureDeclaration = TS.SignatureDeclaration;
  export type SourceFile = TS.SourceFile;
  export type SpreadElement = TS.SpreadElement;
  export type Statement = TS.Statement;
  export type StringLiteral = TS.StringLiteral;
  export type SyntaxKind = TS.SyntaxKind;
  export type TaggedTemplateExpression = TS.TaggedTemplateExpression;
  export type TemplateExpression = TS.TemplateExpression;
  export type ThrowStatement = TS.ThrowStatement;
  export type TypeOfExpression = TS.TypeOfExpression;
  export type VariableDeclaration = TS.VariableDeclaration;
  export type VariableDeclarationList = TS.VariableDeclarationList;
  export type VariableStatement = TS.VariableStatement;
  export type YieldExpression = TS.YieldExpression;
}
