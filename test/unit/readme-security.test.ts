import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

describe('README security guarantees', () => {
  it('name tests that exist: every quoted test name is in the test file its row names', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Security guarantees'), readme.indexOf('## Development'));
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Guarantee') && !l.startsWith('|---'));
    assert.ok(rows.length >= 10, 'the table lists the guarantees');
    let checked = 0;
    for (const row of rows) {
      const cell = row.split(' | ').pop() ?? '';
      if (cell.includes('npm run bench')) {
        assert.ok(fs.existsSync(path.join(root, 'test/bench/history.bench.ts')));
        continue;
      }
      // Each `file.test.ts` is followed by the quoted names of tests in it.
      for (const part of cell.split(/;\s*/)) {
        const file = /`([\w/.-]+\.test\.ts)`/.exec(part)?.[1];
        const names = [...part.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
        if (!file) continue;
        const source = fs.readFileSync(path.join(root, 'test', file), 'utf8').replace(/\\'/g, "'");
        for (const name of names) {
          for (const fragment of name.split('…').map((f) => f.trim()).filter(Boolean)) {
            assert.ok(source.includes(fragment), `${file} has a test named like "${name}" (missing "${fragment}")`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked >= 15, `${checked} names checked`);
  });
});
