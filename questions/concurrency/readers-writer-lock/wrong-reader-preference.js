// Reader preference: a reader gets in whenever no writer is active, even if writers are waiting.
class RWLock {
  constructor() {
    this.readers = 0;
    this.writer = false;
    this.waitingReaders = [];
    this.waitingWriters = [];
  }
  acquireRead() {
    return new Promise((resolve) => {
      if (!this.writer) this.grantRead(resolve);
      else this.waitingReaders.push(resolve);
    });
  }
  acquireWrite() {
    return new Promise((resolve) => {
      if (!this.writer && this.readers === 0) this.grantWrite(resolve);
      else this.waitingWriters.push(resolve);
    });
  }
  grantRead(resolve) {
    this.readers++;
    resolve(() => {
      this.readers--;
      this.dispatch();
    });
  }
  grantWrite(resolve) {
    this.writer = true;
    resolve(() => {
      this.writer = false;
      this.dispatch();
    });
  }
  dispatch() {
    if (this.writer) return;
    while (this.waitingReaders.length > 0) this.grantRead(this.waitingReaders.shift());
    if (this.readers === 0 && this.waitingWriters.length > 0) this.grantWrite(this.waitingWriters.shift());
  }
}
