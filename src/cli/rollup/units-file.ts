// Reading units.csv for the command line: every bad row is reported, with its line, before anything is done.
import { promises as fs } from "fs";
import { parseUnits, type Unit } from "../../core";
import { UsageError } from "../options";

export async function readUnitsFile(path: string): Promise<Unit[]> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch {
    throw new UsageError(`không đọc được danh sách đơn vị ${path}`);
  }
  const parsed = parseUnits(text);
  if (parsed.ok) return parsed.units;
  const lines = parsed.problems.map((p) => `  ${path}, dòng ${p.line}: ${p.message}`);
  throw new UsageError(
    `danh sách đơn vị có ${parsed.problems.length} dòng sai, chưa ghi gì:\n${lines.join("\n")}`
  );
}
