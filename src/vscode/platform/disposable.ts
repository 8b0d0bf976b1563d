/**
 * One disposal idiom for every long-lived object: extend `Disposable` and `register` what it
 * owns; `dispose()` releases it all once, newest first. `DisposableStore` is the same list for
 * things with a shorter life (one webview panel's listeners). No `vscode` import: anything with a
 * `dispose()` method fits.
 */

export interface IDisposable {
  dispose(): unknown;
}

export class DisposableStore implements IDisposable {
  private items: IDisposable[] = [];
  private disposed = false;

  /** Adds `item` (disposed at once when the store already is) and returns it. */
  add<T extends IDisposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  /** Disposes what the store holds and keeps it usable. */
  clear(): void {
    const items = this.items;
    this.items = [];
    disposeAll(items);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clear();
  }
}

export abstract class Disposable implements IDisposable {
  private readonly store = new DisposableStore();

  protected register<T extends IDisposable>(item: T): T {
    return this.store.add(item);
  }

  dispose(): void {
    this.store.dispose();
  }
}

/** Disposes newest first; one failing `dispose` does not keep the others alive. */
export function disposeAll(items: IDisposable[]): void {
  const errors: unknown[] = [];
  for (const item of items.reverse()) {
    try {
      item.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Several disposables failed');
}
