// What the template's formulas give for given inputs, computed from the standard's own definitions. Used
// for files never calculated by a spreadsheet and as the reference the engines are tested against; it is
// not an Excel evaluator: it knows only the operations the standard defines.
import type { Model } from "./model";

/** Inputs by data point name; a missing or non-numeric input counts as 0, as SUM counts it. */
export type Inputs = Record<string, number | undefined>;

/** Every cell's value: numbers, or null for a ratio left blank because its divisor is 0. */
export function evaluate(model: Model, inputs: Inputs): Map<string, number | null> {
  const values = new Map<string, number | null>();
  const visiting = new Set<string>();

  const valueOf = (name: string): number | null => {
    if (values.has(name)) return values.get(name)!;
    const def = model.cells.get(name);
    let result: number | null;
    if (!def || !def.expr) {
      const v = inputs[name];
      result = def?.kind === "empty" ? 0 : typeof v === "number" && Number.isFinite(v) ? v : 0;
    } else {
      if (visiting.has(name)) throw new Error(`circular definition at ${name}`);
      visiting.add(name);
      const num = (n: string) => valueOf(n) ?? 0;
      const e = def.expr;
      if (e.op === "sum") result = e.terms.reduce((acc, t) => acc + num(t), 0);
      else if (e.op === "difference") result = num(e.minuend) - num(e.subtrahend);
      else {
        const d = num(e.denominator);
        result = d === 0 ? null : (num(e.numerator) / d) * 100;
      }
      visiting.delete(name);
    }
    values.set(name, result);
    return result;
  };

  for (const name of model.cells.keys()) valueOf(name);
  return values;
}
