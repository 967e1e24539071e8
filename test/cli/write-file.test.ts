// Writing over a user's file: all or nothing, with a plain Vietnamese sentence on failure. A full disk cannot
// be made on demand, so the file system calls are replaced here; the CLI tests use real failures.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeFileAtomic, type WriteFs } from "../../src/cli/write-file";

const dir = mkdtempSync(join(tmpdir(), "thads-write-"));

/** Real calls, except that writing stops half-way with the given error code. */
function failingFs(code: string): WriteFs {
  return {
    writeFile: async (path, data) => {
      await fs.writeFile(path, data.subarray(0, data.length / 2));
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
    rename: (from, to) => fs.rename(from, to),
    rm: (path) => fs.rm(path, { force: true }),
  };
}

describe("writeFileAtomic", () => {
  it("keeps the old report whole when the disk fills up, leaves no temporary file, and says so plainly", async () => {
    const report = join(dir, "baocao.xlsx");
    writeFileSync(report, "số liệu cũ");
    const attempt = writeFileAtomic(report, Buffer.alloc(4096, 1), failingFs("ENOSPC"));
    await expect(attempt).rejects.toThrow(/ổ đĩa đã đầy; tệp cũ \(nếu có\) vẫn giữ nguyên/);
    await expect(attempt).rejects.not.toThrow(/ENOSPC/);
    expect(readFileSync(report, "utf8")).toBe("số liệu cũ");
    expect(readdirSync(dir)).toEqual(["baocao.xlsx"]);
  });

  it("leaves no stub when a new file cannot be written", async () => {
    const target = join(dir, "moi.xlsx");
    await expect(writeFileAtomic(target, Buffer.alloc(10), failingFs("EACCES"))).rejects.toThrow(
      /không có quyền ghi vào thư mục/
    );
    expect(readdirSync(dir)).not.toContain("moi.xlsx");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces the file in one step when all goes well", async () => {
    const report = join(dir, "baocao.xlsx");
    await writeFileAtomic(report, Buffer.from("mới"));
    expect(readFileSync(report, "utf8")).toBe("mới");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
