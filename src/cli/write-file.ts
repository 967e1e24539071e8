// Writing a file the user owns without ever leaving it half-written: a temporary file in the same folder,
// then one rename. On failure the old file is untouched, no temporary file or empty stub remains, and the
// user reads a plain Vietnamese sentence.
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { UsageError } from "./options";

/** The file system calls used, replaceable in tests (a full disk cannot be made on demand). */
export interface WriteFs {
  writeFile(path: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
}

const realFs: WriteFs = {
  writeFile: async (path, data) => {
    const handle = await fs.open(path, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  rm: (path) => fs.rm(path, { force: true }),
};

export function writeFailure(path: string, code: string | undefined): string {
  const folder = dirname(path);
  const kept = "tệp cũ (nếu có) vẫn giữ nguyên";
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `không ghi được ${path}: ổ đĩa đã đầy; ${kept}. Hãy giải phóng chỗ trống rồi thử lại.`;
    case "EACCES":
    case "EPERM":
      return `không ghi được ${path}: không có quyền ghi vào thư mục ${folder} hoặc tệp đang bị khóa (đang mở trong Excel?); ${kept}.`;
    case "EROFS":
      return `không ghi được ${path}: ổ đĩa chỉ cho đọc; ${kept}.`;
    case "EISDIR":
      return `không ghi được ${path}: đã có một thư mục mang tên này; hãy chọn tên tệp khác.`;
    case "ENOENT":
    case "ENOTDIR":
      return `không ghi được ${path}: thư mục ${folder} không tồn tại.`;
    case "EBUSY":
      return `không ghi được ${path}: tệp đang được mở ở chương trình khác; ${kept}.`;
    default:
      return `không ghi được ${path}; ${kept}.`;
  }
}

export async function writeFileAtomic(
  path: string,
  data: Buffer,
  io: WriteFs = realFs
): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    await io.writeFile(temp, data);
    await io.rename(temp, path);
  } catch (error) {
    await io.rm(temp).catch(() => undefined);
    throw new UsageError(writeFailure(path, (error as NodeJS.ErrnoException).code));
  }
}
