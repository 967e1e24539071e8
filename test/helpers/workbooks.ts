// Test workbooks as snapshots: made from a plan, filled with inputs, formula cells holding what the
// template's formulas give (as a spreadsheet would have cached them).
import { formInstance, type FormFamily, type Variant } from "../../src/forms";
import {
  evaluate,
  headerName,
  planWorkbook,
  type HeaderValues,
  qualified,
  type Inputs,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core";

/** A header as the article asks for it (office edition), so that a consistent report has no finding. */
export const COMPLETE_HEADER: HeaderValues = {
  ky_bao_cao: "3 tháng/năm 2027",
  don_vi_bao_cao: "Thi hành án dân sự quận Hồng Bàng, thành phố Hải Phòng",
  don_vi_nhan: "Thi hành án dân sự thành phố Hải Phòng",
  nguoi_lap_bieu: "Nguyễn Văn A",
  truong_thads: "Trần Văn B",
};

/** The complete header as entries by data point name, to fill into a template written without one. */
export function headerEntries(formIds: string[], header = COMPLETE_HEADER): Record<string, string> {
  return Object.fromEntries(
    formIds.flatMap((id) =>
      Object.entries(header).map(([code, value]) => [headerName(id, code), value as string])
    )
  );
}

export function planFor(families: FormFamily[], variants: Variant[]): WorkbookPlan {
  return planWorkbook({
    forms: families.flatMap((f) => variants.map((v) => formInstance(f, v))),
    header: COMPLETE_HEADER,
  });
}

/** Every input position's name (linked TH inputs excluded: they are computed). */
export function inputNames(plan: WorkbookPlan): string[] {
  return [...plan.model.cells.values()].filter((d) => d.kind === "input").map((d) => d.name);
}

/** Inputs that satisfy every rule of the standard, built bottom-up from breakdowns drawn from `random` (seeded). */
export function consistentInputs(plan: WorkbookPlan, random: () => number): Inputs {
  const inputs: Inputs = {};
  for (const name of inputNames(plan)) inputs[name] = Math.floor(random() * 50);
  balance(plan, inputs);
  return inputs;
}

/** Adjusts inputs so that reconciliations hold: page 2/3 breakdowns drive page 1, and uy_thac balances. */
export function balance(plan: WorkbookPlan, inputs: Inputs): void {
  const values = () => evaluate(plan.model, inputs);
  for (const fm of plan.model.forms) {
    if (fm.linked) continue;
    const id = fm.form.id;
    const cols = fm.spec.pages[0].blocks[0].columns.filter((c) => !c.total).map((c) => c.code);
    const is05 = fm.form.family === "05";
    for (const col of cols) {
      const v = values();
      const get = (page: string, row: string, c = col) => v.get(`${id}.${page}.${row}.${c}`) ?? 0;
      const set = (page: string, row: string, value: number) =>
        (inputs[`${id}.${page}.${row}.${col}`] = value);
      set("P1", "hoan", get("P2", "hoan"));
      set("P1", "tam_dinh_chi", get("P2", "tam_dinh_chi"));
      set("P1", "ly_do_khac", get("P2", "ly_do_khac"));
      if (is05) set("P1", "xong_hoan_toan", get("P3", "xong_hoan_toan"));
      if (fm.form.variant === "CD") set("P1", "tra_don", 0);
    }
    if (is05) {
      // P1 dinh_chi per case type: spread P3's total over the columns, the rest to the first one.
      const total = values().get(`${id}.P3.dinh_chi.so_luong`) ?? 0;
      cols.forEach((c, i) => (inputs[`${id}.P1.dinh_chi.${c}`] = i === 0 ? total : 0));
    }
    for (const col of cols) {
      const v = values();
      const get = (row: string) => v.get(`${id}.P1.${row}.${col}`) ?? 0;
      // phai_thi_hanh = thu_ly − uy_thac must equal co_dieu_kien + chua_co_dieu_kien: grow nam_truoc if short.
      const need = get("co_dieu_kien") + get("chua_co_dieu_kien");
      const uy = inputs[`${id}.P1.uy_thac.${col}`] ?? 0;
      const thuLyMoi = inputs[`${id}.P1.thu_ly_moi.${col}`] ?? 0;
      let namTruoc = need + uy - thuLyMoi;
      if (namTruoc < 0) {
        inputs[`${id}.P1.thu_ly_moi.${col}`] = thuLyMoi + namTruoc;
        namTruoc = 0;
      }
      inputs[`${id}.P1.nam_truoc.${col}`] = namTruoc;
    }
  }
  for (const fm of plan.model.forms) {
    if (fm.form.family === "06") {
      for (const d of fm.cells) if (d.kind === "empty") delete inputs[d.name];
    }
  }
}

/** A snapshot as a spreadsheet would give it after calculation. `calculated: false` leaves formula values out. */
export function snapshotOf(
  plan: WorkbookPlan,
  inputs: Inputs,
  options: { calculated?: boolean } = {}
): WorkbookSnapshot {
  const values = evaluate(plan.model, inputs);
  const snapshot: WorkbookSnapshot = { cells: {} };
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (!cell.def) continue;
      const address = { sheet: sheet.sheetName, row: cell.row, col: cell.col };
      if (cell.def.kind === "formula") {
        const v = values.get(cell.def.name);
        snapshot.cells[cell.def.name] = {
          address,
          formula: cell.formula,
          ...(options.calculated === false
            ? {}
            : { value: v === null || v === undefined ? "" : v }),
        };
      } else if (cell.def.kind === "input") {
        const v = inputs[cell.def.name];
        snapshot.cells[cell.def.name] = { address, value: v === undefined ? null : v };
      } else {
        snapshot.cells[cell.def.name] = { address, value: null };
      }
    }
  }
  return snapshot;
}

export function cellOf(plan: WorkbookPlan, name: string): string {
  return qualified(plan.resolve(name)!);
}

/**
 * Consistent inputs with the raw figures' range chosen: values below `max`, and 06 money with up to
 * `moneyDecimals` decimals (nghìn đồng to the đồng at 3). `random` may be driven by a property-test generator.
 */
export function consistentInputsWith(
  plan: WorkbookPlan,
  random: () => number,
  options: { max?: number; moneyDecimals?: number } = {}
): Inputs {
  const { max = 50, moneyDecimals = 0 } = options;
  const scale = 10 ** moneyDecimals;
  const inputs: Inputs = {};
  for (const name of inputNames(plan)) {
    const whole = Math.floor(random() * max);
    inputs[name] = name.startsWith("TK06") ? whole + Math.floor(random() * scale) / scale : whole;
  }
  balance(plan, inputs);
  return inputs;
}
