// JavaScript whose syntax tree is 50,000 levels deep without a bracket: each construct that makes
// a parser or a tree walker recurse once per level, one operator per line (a line limit does not
// catch them). For the robustness tests of the analysis and of the server.
const N = 50_000;
export const DEEP_CHAINS: Record<string, string> = {
  'unary !': 'const k = ' + '!\n'.repeat(N) + 'x;\n',
  'unary -': 'const k = ' + '-\n'.repeat(N) + 'x;\n',
  typeof: 'const k = ' + 'typeof\n'.repeat(N) + 'x;\n',
  member: 'const k = a' + '\n.b'.repeat(N) + ';\n',
  binary: 'const k = a' + ' +\n a'.repeat(N) + ';\n',
  assignment: 'a' + ' =\n a'.repeat(N) + ';\n',
  arrow: 'const f = ' + 'x =>\n'.repeat(N) + 'x;\n',
  ternary: 'const k = ' + 'a ? b :\n'.repeat(N) + 'c;\n',
  parentheses: 'const k = ' + '(\n'.repeat(N) + 'x' + '\n)'.repeat(N) + ';\n',
  calls: 'const k = f' + '\n(x)'.repeat(N) + ';\n',
  'nested calls': 'const k = ' + 'f(a,\n'.repeat(N) + 'a' + '\n)'.repeat(N) + ';\n',
};
