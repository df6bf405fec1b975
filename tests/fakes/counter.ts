// Counts calls made on fake Apps Script objects, per "Class.method", so tests and
// benchmarks measure how many service calls an operation costs instead of guessing.
export class CallCounter {
  readonly counts = new Map<string, number>();

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Total of the calls whose name starts with one of the prefixes (all calls when none given). */
  total(...prefixes: string[]): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (prefixes.length === 0 || prefixes.some((p) => name.startsWith(p))) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

const RAW = Symbol('raw');

/** The object behind a counted proxy (a fake keeps its own objects unwrapped: handing them out again counts once). */
export function uncounted<T extends object>(x: T): T {
  return ((x as Record<symbol, unknown>)[RAW] as T | undefined) ?? x;
}

/**
 * Wraps an object so that every method call is counted as `label.method`.
 * Results are returned as is (the fakes wrap the objects they hand out themselves), except
 * the object itself, returned as its counted proxy so that chained calls count.
 */
export function counted<T extends object>(target: T, label: string, counter: CallCounter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === RAW) return obj;
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        counter.hit(`${label}.${prop}`);
        const result = value.apply(obj, args);
        // A chained call (builder.setX().setY(), protection.setDescription().setWarningOnly()) is counted too.
        return result === obj ? receiver : result;
      };
    },
  });
}
