import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/**
 * Entry point the extension host calls with the suite: runs every `*.test.js` beside this file.
 * DRILLS_TEST_FILES filters by file name: "untrusted" runs only those, "!untrusted" all others.
 * The reload test (it reloads the window) runs only on its own, when DRILLS_RELOAD_DIR is set.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const filter = process.env['DRILLS_TEST_FILES'] ?? '';
  const negate = filter.startsWith('!');
  const word = negate ? filter.slice(1) : filter;
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (!f.endsWith('.test.js')) continue;
    if (word && f.includes(word) === negate) continue;
    if (f.startsWith('reload.') !== (process.env['DRILLS_RELOAD_DIR'] !== undefined)) continue;
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const line = `${mocha.suite.total() - failures} passed, ${failures} failed`;
      console.log(line);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
