/** The any-Markdown Q&A parser: the rules live in ./generic/ (see ./generic/index.ts). */
export { GENERIC_MARKDOWN_OPTIONS, GENERIC_RULES, GenericParse, parseGenericMarkdown } from './generic';
