/**
 * The protocols between the extension and its webviews, one module per panel on a shared core.
 * Import from the panel's own module where you can; this index keeps the older import path working
 * for `core/` and the tests.
 */
export * from './common';
export * from './quiz';
export * from './progress';
/** Earlier name, still used by test/unit/progressView.test.ts. */
export { parseProgressFromWebview as parseProgressWebviewMessage } from './progress';
