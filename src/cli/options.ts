// Parsing the template command's choices into forms, with Vietnamese messages for bad values.
import {
  FAMILIES,
  VARIANTS,
  formInstance,
  type Edition,
  type FormFamily,
  type FormInstance,
  type Variant,
} from "../forms";

export class UsageError extends Error {}

export function parseForms(form: string, variant: string): FormInstance[] {
  const families: FormFamily[] = form === "all" ? FAMILIES : FAMILIES.filter((f) => f === form);
  if (families.length === 0)
    throw new UsageError(`--form phải là 05, 06 hoặc all (nhận được «${form}»)`);
  const upper = variant.toUpperCase();
  const variants: Variant[] = upper === "ALL" ? VARIANTS : VARIANTS.filter((v) => v === upper);
  if (variants.length === 0)
    throw new UsageError(`--variant phải là CD, TD, TH hoặc all (nhận được «${variant}»)`);
  return families.flatMap((family) => variants.map((v) => formInstance(family, v)));
}

export function parseEdition(edition: string): Edition {
  if (edition === "officer" || edition === "office") return edition;
  throw new UsageError(
    `--edition phải là officer (Chấp hành viên) hoặc office (cơ quan) (nhận được «${edition}»)`
  );
}
