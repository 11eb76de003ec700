// What each diagnostic code means and how to fix it: the rule metadata of SARIF (code scanning
// shows it beside every alert) and `--explain`. It lives in analysis/rules/ruleInfo.ts, once.
export { RULE_INFO as RULE_HELP, ruleDocUrl, rulePage, isDiagnosticCode, type RuleInfo as RuleHelp } from '../analysis/rules/ruleInfo';
