class RWLock {
  constructor() {
    this.readers = 0;
    this.writer = false;
    this.waitingReaders = [];
    this.waitingWriters = [];
  }
  acquireRead() {
    return new Promise((resolve) => {
      if (!this.writer && this.waitingWriters.length === 0) this.grantRead(resolve);
      else this.waitingReaders.push(resolve);
    });
  }
  acquireWrite() {
    return new Promise((resolve) => {
      if (!this.writer && this.readers === 0 && this.waitingWriters.length === 0) this.grantWrite(resolve);
      else this.waitingWriters.push(resolve);
    });
  }
  grantRead(resolve) {
    this.readers++;
    let released = false;
    resolve(() => {
      if (released) return;
      released = true;
      this.readers--;
      this.dispatch();
    });
  }
  grantWrite(resolve) {
    this.writer = true;
    let released = false;
    resolve(() => {
      if (released) return;
      released = true;
      this.writer = false;
      this.dispatch();
    });
  }
  dispatch() {
    if (this.writer) return;
    if (this.waitingWriters.length > 0) {
      if (this.readers === 0) this.grantWrite(this.waitingWriters.shift());
      return;
    }
    while (this.waitingReaders.length > 0) this.grantRead(this.waitingReaders.shift());
  }
}
