// Parsing the template command's choices into forms, with Vietnamese messages for bad values.
import { statSync } from "fs";
import {
  VARIANTS,
  families,
  formInstance,
  registeredForms,
  type Edition,
  type FormFamily,
  type FormInstance,
  type Variant,
} from "../forms";

export class UsageError extends Error {}

export function parseForms(form: string, variant: string): FormInstance[] {
  const chosen: FormFamily[] = form === "all" ? families() : families().filter((f) => f === form);
  if (chosen.length === 0)
    throw new UsageError(`--form phải là ${formChoices()} (nhận được «${form}»)`);
  const upper = variant.toUpperCase();
  const variants: Variant[] = upper === "ALL" ? VARIANTS : VARIANTS.filter((v) => v === upper);
  if (variants.length === 0)
    throw new UsageError(`--variant phải là CD, TD, TH hoặc all (nhận được «${variant}»)`);
  return chosen.flatMap((family) => variants.map((v) => formInstance(family, v)));
}

/** "05, 06 hoặc all": the registered forms, as --form takes them. */
export function formChoices(): string {
  return `${families().join(", ")} hoặc all`;
}

/** "05 (tính bằng việc), 06 (tính bằng giá trị)": the registered forms, as help lists them. */
export function formList(): string {
  return registeredForms()
    .map((spec) => `${spec.family} (${spec.measure.vi})`)
    .join(", ");
}

export function parseEdition(edition: string): Edition {
  if (edition === "officer" || edition === "office") return edition;
  throw new UsageError(
    `--edition phải là officer (Chấp hành viên) hoặc office (cơ quan) (nhận được «${edition}»)`
  );
}

/**
 * Arguments that start with "-" but name an existing file become "./-name" so that commander takes them as
 * files; `shown` turns them back into what the user typed. Arguments after "--" are files already.
 */
export function protectDashFiles(argv: string[]): {
  args: string[];
  shown: (file: string) => string;
} {
  const typed = new Map<string, string>();
  let afterDashes = false;
  const args = argv.map((arg) => {
    if (arg === "--") afterDashes = true;
    if (afterDashes || !arg.startsWith("-") || arg.length < 2 || !isFile(arg)) return arg;
    const safe = `./${arg}`;
    typed.set(safe, arg);
    return safe;
  });
  return { args, shown: (file) => typed.get(file) ?? file };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
