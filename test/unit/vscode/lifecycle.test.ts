import * as assert from 'node:assert/strict';
import { Disposable } from '../../../src/vscode/lifecycle';

class Owner extends Disposable {
  own(d: { dispose(): void }): void {
    this._register(d);
  }
  get gone(): boolean {
    return this.isDisposed;
  }
}

describe('vscode: one Disposable base', () => {
  it('disposes what it owns once, last registered first', () => {
    const order: string[] = [];
    const o = new Owner();
    for (const name of ['a', 'b', 'c']) o.own({ dispose: () => order.push(name) });
    o.dispose();
    o.dispose();
    assert.deepEqual(order, ['c', 'b', 'a']);
    assert.equal(o.gone, true);
  });

  it('disposes everything even when one disposable throws, then reports the failure', () => {
    const order: string[] = [];
    const o = new Owner();
    o.own({ dispose: () => order.push('first') });
    o.own({
      dispose: () => {
        throw new Error('broken');
      },
    });
    o.own({ dispose: () => order.push('last') });
    assert.throws(() => o.dispose(), /broken/);
    assert.deepEqual(order, ['last', 'first']);
  });

  it('disposes at once what is registered after its owner is gone', () => {
    const o = new Owner();
    o.dispose();
    let disposed = false;
    o.own({ dispose: () => (disposed = true) });
    assert.equal(disposed, true);
  });
});
