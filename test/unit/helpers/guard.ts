/**
 * Turns a runaway regex loop into an exception instead of a hung (and then out-of-memory)
 * test worker: RegExp#exec (which RegExp#test also goes through) throws once it has been
 * called more than `budget` times while `fn` runs.
 */
export function withExecBudget<T>(fn: () => T, budget = 100_000): T {
  const original = RegExp.prototype.exec;
  let calls = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (++calls > budget) throw new Error(`runaway loop: more than ${budget} regex executions`);
    return original.call(this, s);
  };
  try {
    return fn();
  } finally {
    RegExp.prototype.exec = original;
  }
}
