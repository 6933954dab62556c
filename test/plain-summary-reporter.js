// Prints one plain closing line ("tests: N passed, N failed, N skipped") after Jest's own summary,
// so CI and people reading logs see the count in a form any tool can read.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stderr.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`,
    );
  }
}
module.exports = PlainSummaryReporter;
