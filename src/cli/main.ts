#!/usr/bin/env node
// thads-forms: the command line. This file only wires commander; each command lives in ./commands/.
// Exit codes: 0 success / no error finding, 1 an error finding, 2 unreadable file or bad arguments.
import { Command, CommanderError } from "commander";
import { registerAggregate } from "./commands/aggregate";
import { registerCheck } from "./commands/check";
import { registerTemplate } from "./commands/template";
import { UsageError } from "./options";

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const done = (c: number) => (code = c);
  const program = new Command()
    .name("thads-forms")
    .description(
      "Biểu mẫu thống kê THADS 05-TK/THA, 06-TK/THA: tạo mẫu biểu có công thức và kiểm tra báo cáo"
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerTemplate(program, done);
  registerCheck(program, done);
  registerAggregate(program, done);

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`thads-forms: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`thads-forms: lỗi không mong đợi: ${(error as Error).message}\n`);
    return 2;
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
