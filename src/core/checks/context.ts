// What every check needs: the model of the forms found in a snapshot, and the value of each cell as the
// spreadsheet computed it or, where a file was never calculated, as the template's formulas would give it.
import {
  allFormIds,
  formId,
  standardVersion,
  type FormFamily,
  type StandardVersion,
} from "../../forms";
import { qualified, type CellAddress } from "../a1";
import { evaluate, type Inputs } from "../evaluate";
import type { Finding } from "../findings";
import { buildModel, familiesWithAllVariants, type CellDef, type Model } from "../model";
import { asNumber, type CellSnapshot, type WorkbookSnapshot } from "../snapshot";

export interface CheckContext {
  snapshot: WorkbookSnapshot;
  model: Model;
  formIds: string[];
  /** The version of the standard the workbook records (its forms are checked as that version built them). */
  version: StandardVersion;
  cell(name: string): CellSnapshot | undefined;
  address(name: string): CellAddress | undefined;
  /** "'Sheet'!D12" of the names that have a cell. */
  cellRefs(names: string[]): string[];
  /** The number a rule compares: blank is 0; undefined when the cell holds text, an error, or is missing. */
  number(name: string): number | undefined;
  /** What the template's formula gives for this cell, from the inputs as they are. */
  derived(name: string): number | null | undefined;
  /** A total whose terms are finite numbers but whose result is not (it overflows, Excel's #NUM!). */
  overflowed(name: string): boolean;
}

export type Check = (ctx: CheckContext) => Finding[];

/** Forms a snapshot holds: those any data point name belongs to, and those the workbook declares. */
export function formsIn(snapshot: WorkbookSnapshot): string[] {
  const found = new Set<string>(snapshot.declaredForms ?? []);
  let last = "";
  for (const name of Object.keys(snapshot.cells)) {
    // Data point names start with the form id and a dot ("TK05TH.P1…"), and come grouped by form.
    if (last !== "" && name.startsWith(last)) continue;
    const dot = name.indexOf(".");
    if (dot < 0) continue;
    last = name.slice(0, dot + 1);
    found.add(name.slice(0, dot));
  }
  return allFormIds().filter((id) => found.has(id));
}

/** A TH is linked when CD and TD are present and most of its input positions hold formulas. */
function linkedFamilies(
  snapshot: WorkbookSnapshot,
  formIds: string[],
  version: StandardVersion
): FormFamily[] {
  const families: FormFamily[] = [];
  for (const family of familiesWithAllVariants(formIds)) {
    const positions = thInputPositions(family, version);
    const formulas = positions.filter((name) => snapshot.cells[name]?.formula).length;
    if (formulas * 2 > positions.length) families.push(family);
  }
  return families;
}

const positionCache = new Map<string, string[]>();

function thInputPositions(family: FormFamily, version: StandardVersion): string[] {
  const key = `${family}|${version.id}`;
  let names = positionCache.get(key);
  if (!names) {
    names = [...buildModel([formId(family, "TH")], { version }).cells.values()]
      .filter((d) => d.inputPosition)
      .map((d) => d.name);
    positionCache.set(key, names);
  }
  return names;
}

const modelCache = new Map<string, Model>();

function cachedModel(formIds: string[], linked: FormFamily[], version: StandardVersion): Model {
  const key = `${formIds.join(",")}|${linked.join(",")}|${version.id}`;
  let model = modelCache.get(key);
  if (!model) {
    model = buildModel(formIds, { linkedFamilies: linked, version });
    modelCache.set(key, model);
  }
  return model;
}

export function createContext(snapshot: WorkbookSnapshot): CheckContext {
  const formIds = formsIn(snapshot);
  const version = standardVersion(snapshot.standard?.version);
  const model = cachedModel(formIds, linkedFamilies(snapshot, formIds, version), version);
  const cell = (name: string) => snapshot.cells[name];
  const address = (name: string) => snapshot.cells[name]?.address;

  let derivedValues: Map<string, number | null> | undefined;
  const derivedRaw = (name: string) => {
    if (!derivedValues) {
      const inputs: Inputs = {};
      for (const def of model.cells.values()) {
        if (def.kind !== "formula") inputs[def.name] = asNumber(cell(def.name)?.value);
      }
      derivedValues = evaluate(model, inputs);
    }
    return derivedValues.get(name);
  };
  // A total that overflows has no value a rule could compare (checkOverflow reports it).
  const derived = (name: string) => {
    const value = derivedRaw(name);
    return value === null || value === undefined || Number.isFinite(value) ? value : null;
  };
  const overflowed = (name: string) => {
    const value = derivedRaw(name);
    if (value === null || value === undefined || Number.isFinite(value)) return false;
    const e = model.cells.get(name)?.expr;
    const terms = !e
      ? []
      : e.op === "sum"
        ? e.terms
        : e.op === "difference"
          ? [e.minuend, e.subtrahend]
          : [e.numerator, e.denominator];
    return terms.every((t) => {
      const v = derivedRaw(t);
      return v === null || v === undefined || Number.isFinite(v);
    });
  };

  const number = (name: string): number | undefined => {
    const snap = cell(name);
    if (!snap) return undefined;
    if (snap.value !== undefined) return asNumber(snap.value);
    const def: CellDef | undefined = model.cells.get(name);
    const value = def?.kind === "formula" ? derived(name) : 0;
    return value === null ? undefined : value;
  };

  const cellRefs = (names: string[]) =>
    names
      .map(address)
      .filter((a): a is CellAddress => a !== undefined)
      .map((a) => qualified(a));

  return {
    snapshot,
    model,
    formIds,
    version,
    cell,
    address,
    cellRefs,
    number,
    derived,
    overflowed,
  };
}

/** Differences without floating-point dust (0.1 + 0.2 − 0.3). */
export function roundDifference(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
