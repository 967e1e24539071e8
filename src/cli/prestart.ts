// Imported first by main.ts. When this process is the command line itself and its command reads received
// files (check, aggregate), the pool's threads start now and load the reader while this thread loads the
// rest of the command line (a third of a second that every file would otherwise wait for).
import { join } from "path";
import { prestartFileWorkers } from "../files/spare-workers";

const READING = new Set(["check", "aggregate"]);

if (require.main?.filename === join(__dirname, "main.js")) {
  const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  if (command && READING.has(command)) prestartFileWorkers();
}
