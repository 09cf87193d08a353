// The CLI runner lives with the repo-wide test support; re-exported for this package's tests.
export * from '../../../../test/support/cli';
