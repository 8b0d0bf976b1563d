// ESLint (flat config) with typescript-eslint's recommended rules, plus the house rules about
// layers that the compiler cannot see:
//   src/core     pure logic: no `vscode`, no webview code, no adapters
//   src/webview  runs in the browser: no `vscode`, no Node, no core or adapters (only shared/)
//   src/shared   the protocols and formatting both sides import: no `vscode`, no Node, nothing but shared/
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const node = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].filter((name) => !name.startsWith('_'));
const vscode = { name: 'vscode', message: 'Only src/vscode/** and src/extension.ts talk to VS Code.' };
// `../**/x` catches a folder's index (`../vscode`), `**/x/**` anything inside it; the bare package `vscode` is in `paths`.
const folder = (name, message) => ({ group: [`**/${name}/**`, `../**/${name}`, `./${name}`], message });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.test-run/**', 'questions/**', 'screenshots/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // tsc already reports unused names (noUnusedLocals/Parameters); `_`-prefixed ones are intended.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks load built bundles by path at run time.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [vscode],
          patterns: [folder('webview', 'The core must not depend on webview code.'), folder('vscode', 'The core must not depend on the VS Code adapters.')],
        },
      ],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [vscode, ...node.map((name) => ({ name, message: 'Webview code runs in a browser: no Node modules.' }))],
          patterns: [
            folder('core', 'Webview code gets what it shows from the extension by message; share types through src/shared.'),
            folder('vscode', 'Webview code must not import the extension side.'),
            folder('cli', 'Webview code must not import the CLI.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [vscode, ...node.map((name) => ({ name, message: 'src/shared is bundled into the webviews too: no Node modules.' }))],
          patterns: [folder('core', 'src/shared imports nothing but itself.'), folder('vscode', 'src/shared imports nothing but itself.'), folder('webview', 'src/shared imports nothing but itself.'), folder('cli', 'src/shared imports nothing but itself.')],
        },
      ],
    },
  },
);
