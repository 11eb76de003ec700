// A mocha reporter for the extension host, where console is read-only and its output is mixed
// with the workbench's: every line it writes carries TAG, so the outer runner can print the
// test lines and keep the rest in a log.
import Mocha from 'mocha';

export const TAG = '[secretref-e2e]';

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

function emit(text: string): void {
  for (const line of text.split('\n')) console.log(`${TAG} ${line}`);
}

export class TaggedReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => {
      passed++;
      emit(`✔ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => {
      skipped++;
      emit(`- ${t.fullTitle()} (skipped)`);
    });
    runner.on(EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
      failed++;
      emit(`✘ ${t.fullTitle()}`);
      emit(`    ${(err.stack ?? err.message).split('\n').slice(0, 8).join('\n    ')}`);
    });
    runner.once(EVENT_RUN_END, () => {
      emit(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    });
  }
}
