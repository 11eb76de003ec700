// Run by the `print canary` task: prints its injected secret as a careless script would, plainly,
// JSON-encoded and base64-encoded, reports an error line for the problem matcher, exits with 7.
const v = process.env.TASK_E2E_TOKEN;
console.log('plain', v);
console.log('json', JSON.stringify({ token: v }));
console.error('base64', Buffer.from(v ?? '').toString('base64'));
console.log('tasks-e2e/print-canary.js:3:1: error: the canary was printed');
process.exitCode = 7;
