// The hook to the office head's sign-off (issue 10): a report signed and then changed is not added up.
import { signoffStateNow, type SignoffState } from "../signoff/verify";
import type { WorkbookSnapshot } from "../snapshot";

export type { SignoffState };

/** The sign-off state a report records, or undefined when it cannot be told (a damaged record). */
export const signoffStateOf: (snapshot: WorkbookSnapshot) => SignoffState | undefined =
  signoffStateNow;
