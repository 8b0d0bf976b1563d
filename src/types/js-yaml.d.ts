// The part of js-yaml 4 (MIT, github.com/nodeca/js-yaml) that src/core/deck/yaml.ts uses; the
// package ships no types, and @types/js-yaml would be one more dependency for four names.
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  export const CORE_SCHEMA: Schema;
  /** The loader's state as a listener sees it (undocumented in the types, stable across js-yaml 3–4). */
  export interface LoaderState {
    input: string;
    position: number;
    line: number;
    kind: string | null;
    result: unknown;
  }
  export interface LoadOptions {
    filename?: string;
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    listener?: (this: LoaderState, event: 'open' | 'close', state: LoaderState) => void;
  }
  export class YAMLException extends Error {
    reason: string;
    mark: { line: number; column: number; position: number } | undefined;
  }
  export function load(text: string, options?: LoadOptions): unknown;
}
