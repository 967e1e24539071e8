// `template --units units.csv --out-dir DIR`: one ready template per office, named <code>.xlsx, its header
// filled and its unit code recorded in THADS_META so that a renamed file is still recognised.
import { existsSync, promises as fs } from "fs";
import { join } from "path";
import { META_UNIT_CODE, planWorkbook, type HeaderValues } from "../../core";
import type { Edition, FormInstance } from "../../forms";
import { UsageError } from "../options";
import { progressLine, writeWhole } from "./inputs";
import { readUnitsFile } from "./units-file";

export interface DistributeOptions {
  units: string;
  outDir: string;
  forms: FormInstance[];
  edition: Edition;
  header: HeaderValues;
  force?: boolean;
}

export async function distribute(options: DistributeOptions): Promise<number> {
  const units = await readUnitsFile(options.units);
  const targets = units.map((unit) => ({ unit, path: join(options.outDir, `${unit.code}.xlsx`) }));
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length > 0 && !options.force) {
    throw new UsageError(
      `${existing.length} tệp đã có trong ${options.outDir} (ví dụ ${existing[0].path}); không ghi đè để khỏi mất số liệu (thêm --force nếu thật sự muốn ghi đè)`
    );
  }
  await fs.mkdir(options.outDir, { recursive: true });
  const { templateBuffer } = await import("../../files/write-template");
  const progress = progressLine(targets.length, true, "Đang ghi");
  for (const [i, { unit, path }] of targets.entries()) {
    const plan = planWorkbook({
      forms: options.forms,
      edition: options.edition,
      header: {
        ...options.header,
        don_vi_bao_cao: unit.name,
        don_vi_nhan: unit.receiver || options.header.don_vi_nhan,
      },
    });
    plan.meta.rows.push([META_UNIT_CODE, unit.code]);
    await writeWhole(path, await templateBuffer(plan));
    progress.tick(i + 1);
  }
  progress.end();
  process.stdout.write(
    `Đã ghi ${targets.length} mẫu biểu vào ${options.outDir} (${options.forms.map((f) => f.id).join(", ")}), mỗi đơn vị một tệp <mã>.xlsx.\n`
  );
  return 0;
}
