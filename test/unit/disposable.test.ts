import * as assert from 'assert';
import { Disposable, DisposableStore } from '../../src/vscode/platform/disposable';

class Owner extends Disposable {
  own<T extends { dispose(): unknown }>(item: T): T {
    return this.register(item);
  }
}

describe('Disposable', () => {
  it('disposes what it registered once, newest first', () => {
    const order: string[] = [];
    const owner = new Owner();
    owner.own({ dispose: () => order.push('first') });
    owner.own({ dispose: () => order.push('second') });
    owner.dispose();
    owner.dispose();
    assert.deepStrictEqual(order, ['second', 'first']);
  });

  it('disposes at once what is registered after it was disposed', () => {
    const owner = new Owner();
    owner.dispose();
    let disposed = false;
    owner.own({ dispose: () => (disposed = true) });
    assert.ok(disposed);
  });

  it('a failing dispose does not keep the others alive, and its error is not swallowed', () => {
    const store = new DisposableStore();
    let other = false;
    store.add({ dispose: () => (other = true) });
    store.add({
      dispose: () => {
        throw new Error('boom');
      },
    });
    assert.throws(() => store.dispose(), /boom/);
    assert.ok(other);
  });

  it('a store can be cleared and used again', () => {
    const store = new DisposableStore();
    let count = 0;
    store.add({ dispose: () => count++ });
    store.clear();
    store.add({ dispose: () => count++ });
    store.clear();
    assert.strictEqual(count, 2);
  });
});
