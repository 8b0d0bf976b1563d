/** Older entry point of the settings, kept for storage/ and snippets/ until they read `readSettings` from platform/config. */
export { readSettings as settings } from './platform/config';
