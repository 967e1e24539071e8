#!/usr/bin/env node
// thads-forms: the command line. This file only wires commander; each command lives in ./commands/.
// Exit codes: 0 success / no error finding, 1 an error finding, 2 unreadable file or bad arguments.
import "./prestart"; // first: starts the file readers' threads before the rest loads
import { Command, CommanderError } from "commander";
import { readFileSync } from "fs";
import { join } from "path";
import { registerAggregate } from "./commands/aggregate";
import { registerCheck } from "./commands/check";
import { registerSign } from "./commands/sign";
import { registerTemplate } from "./commands/template";
import { registeredForms } from "../forms";
import { protectDashFiles, UsageError } from "./options";

function version(): string {
  try {
    // lib/cli/main.js and src/cli/main.ts both sit two folders below package.json.
    return JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** "05-TK/THA, 06-TK/THA": the registered forms' numbers. */
function formNumbers(): string {
  return registeredForms()
    .map((spec) => spec.number)
    .join(", ");
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const done = (c: number) => (code = c);
  // A report named "-baocao.xlsx" (a glob expands to it) is a file, not an option.
  const { args, shown } = protectDashFiles(argv);
  const program = new Command()
    .name("thads-forms")
    .description(
      `Biểu mẫu thống kê THADS ${formNumbers()}: tạo mẫu biểu có công thức và kiểm tra báo cáo`
    )
    .version(version(), "-V, --version", "in số phiên bản")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerTemplate(program, done);
  registerCheck(program, done, shown);
  registerSign(program, done);
  registerAggregate(program, done);

  try {
    await program.parseAsync(args, { from: "user" });
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

/** Exits once stdout and stderr are flushed: a pipe (`check --json | jq`) would otherwise lose all past 64 KB. */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(exitWhenFlushed);
}
