// Where the pane finds itself: in Excel, in a browser outside Office, or with office.js not loaded at all
// (offline, blocked by a proxy). The pane shows a clear message in the last two cases, never a blank page.
export type Startup =
  | { kind: "excel"; displayLanguage?: string }
  | { kind: "not-excel"; host?: string | null }
  | { kind: "no-office" };

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
  context?: { displayLanguage?: string };
}

function classify(office: OfficeLike, info: { host: unknown }): Startup {
  if (info.host === office.HostType.Excel)
    return { kind: "excel", displayLanguage: office.context?.displayLanguage };
  return { kind: "not-excel", host: info.host as string | null };
}

/**
 * Tells `onChange` where the pane is: "no-office" after `timeoutMs` without Office, and still the real answer
 * when Office becomes ready later (a slow network, a busy Excel), so the pane starts then.
 */
export function watchStartup(
  office: OfficeLike | undefined,
  onChange: (startup: Startup) => void,
  timeoutMs = 10_000
): void {
  if (!office || typeof office.onReady !== "function") {
    onChange({ kind: "no-office" });
    return;
  }
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) onChange({ kind: "no-office" });
  }, timeoutMs);
  void office.onReady().then((info) => {
    ready = true;
    clearTimeout(timer);
    onChange(classify(office, info));
  });
}

/** Waits for Office at most `timeoutMs`: outside Office, onReady may never resolve. */
export async function detectStartup(
  office: OfficeLike | undefined,
  timeoutMs = 10_000
): Promise<Startup> {
  if (!office || typeof office.onReady !== "function") return { kind: "no-office" };
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  if (!info) return { kind: "no-office" };
  return classify(office, info);
}
