import * as assert from 'node:assert/strict';
import { callProblems, opsProblems, ruleProblems } from '../../../src/core/questions/preconditions';
import { parseQuestion } from '../../../src/core/questions/loader';

describe('preconditions: what a prompt promises about its inputs', () => {
  it('checks every number inside an argument against its range, shown with the bound people write', () => {
    assert.deepEqual(ruleProblems({ range: [-2147483648, 2147483647] }, [1, 2147483648], 'nums'), ['nums[1] = 2147483648 is outside [-2^31, 2^31 - 1]']);
    assert.deepEqual(ruleProblems({ range: [0, 1000000000] }, { val: -1, left: null }, 'root'), ['root.val = -1 is outside [0, 10^9]']);
    assert.deepEqual(ruleProblems({ range: [0, 9] }, [[1, 2], [3, 4]], 'grid'), []);
  });

  it('checks lengths of lists and strings (strings by character, not UTF-16 unit)', () => {
    assert.deepEqual(ruleProblems({ length: [2, 3] }, [1], 'nums'), ['nums has length 1, outside [2, 3]']);
    assert.deepEqual(ruleProblems({ length: [1, 2] }, 'é😀', 's'), []);
    assert.deepEqual(ruleProblems({ length: [1, 2] }, 7, 'n'), ['n has no length (it is 7)']);
  });

  it('checks each element, distinctness, order and a pattern', () => {
    assert.deepEqual(ruleProblems({ items: { length: [1, 3] } }, ['ab', ''], 'words'), ['words[1] has length 0, outside [1, 3]']);
    assert.deepEqual(ruleProblems({ distinct: true }, [3, 1, 3], 'ids'), ['ids[0] and ids[2] are both 3, but the elements are distinct']);
    assert.deepEqual(ruleProblems({ sorted: true }, [1, 5, 4], 'times'), ['times[1] = 5 comes before the smaller times[2] = 4, but the list is sorted']);
    assert.deepEqual(ruleProblems({ pattern: '[a-z]+' }, ['ok', 'Not'], 'tags'), ['tags[1] = "Not" does not match /[a-z]+/']);
  });

  it('ties rules to parameters by name, and to class methods by argument position', () => {
    const pre = { args: { k: { range: [1, 5] as const } }, ops: { put: [null, { range: [0, 9] as const }] }, calls: [1, 3] as const, uniqueAnswer: false };
    assert.deepEqual(callProblems(pre, ['nums', 'k'], [[100], 6]), [{ arg: 1, message: 'k = 6 is outside [1, 5]' }]);
    assert.deepEqual(opsProblems(pre, ['Cache', 'put', 'put', 'get', 'get'], [[2], [1, 10], [2, 3], [1], [2]]), [
      { message: 'makes 4 calls, outside [1, 3]' },
      { op: 1, message: 'put#1 argument 2 = 10 is outside [0, 9]' },
    ]);
  });

  it('reports declarations that cannot be checked at their line', () => {
    const text = [
      'id: p', 'title: P', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: f', 'params: [nums]',
      'preconditions:',
      '  args:',
      '    numbers: { length: [1, 2] }',
      '    nums: { range: [5, 1], size: 3 }',
      'tests:',
      '  - { args: [[1]], expected: 1 }',
    ].join('\n');
    const found = parseQuestion(text, 'p.yaml', 'user').diagnostics.map((d) => `${d.line}: ${d.message}`);
    assert.ok(found.includes('12: "numbers" is not one of the parameters (nums)'), found.join('\n'));
    assert.ok(found.includes('13: "range" must be [min, max] with min <= max'), found.join('\n'));
    assert.ok(found.includes('13: unknown rule "size"; expected one of: range, length, items, distinct, sorted, pattern'), found.join('\n'));
  });
});
