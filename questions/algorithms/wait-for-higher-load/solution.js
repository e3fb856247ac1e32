function waitForHigher(loads) {
  const out = new Array(loads.length).fill(0);
  const stack = [];
  for (let i = 0; i < loads.length; i++) {
    while (stack.length && loads[stack[stack.length - 1]] < loads[i]) {
      const j = stack.pop();
      out[j] = i - j;
    }
    stack.push(i);
  }
  return out;
}
