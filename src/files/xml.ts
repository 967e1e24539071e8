// Just enough XML for the parts of an .xlsx that hold a template: elements found by local name (any namespace
// prefix), attributes, and text with entities decoded. No object is ever keyed by a name from the file.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (all, entity: string) => {
    if (entity[0] !== "#") return ENTITIES[entity];
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Attributes of a start tag's text (`name="v" r:id='x'`), by qualified name. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) found.set(m[1], decodeXml(m[3] ?? m[4]));
  return found;
}

export interface Element {
  attrs: Map<string, string>;
  /** The raw inner XML; "" for an empty element. */
  inner: string;
  /** Where the element starts in the text searched. */
  index: number;
}

const patterns = new Map<string, RegExp>();

const OTHER_SPACE = /\s/;
/** A character the patterns' \s matches (Unicode spaces too, as JavaScript's \s does). */
export const isSpace = (c: number) =>
  c === 32 ||
  c === 10 ||
  c === 13 ||
  c === 9 ||
  (c > 10 && OTHER_SPACE.test(String.fromCharCode(c)));

/** `<local …/>` or `<local …>…</local>`, any prefix, matched exactly where it is tried (sticky). */
function elementAt(local: string): RegExp {
  let re = patterns.get(local);
  if (!re) {
    re = new RegExp(
      `<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>)`,
      "y"
    );
    patterns.set(local, re);
  }
  return re;
}

/** A character of an XML name or prefix as the patterns here read one: [\w.-]. */
export const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 46 ||
  c === 45;

/** Where a tag naming `local` at `i` would start: its "<" (or "</" when `closing`), right before the name
 * or its prefix; -1 when no tag could. */
function startBefore(xml: string, i: number, closing = false): number {
  let j = i - 1;
  if (xml.charCodeAt(j) === 58 /* : */) {
    j--;
    const last = j;
    while (j >= 0 && isNameChar(xml.charCodeAt(j))) j--;
    if (j === last) return -1; // an empty prefix
  }
  if (closing) {
    if (xml.charCodeAt(j) !== 47 /* / */) return -1;
    j--;
  }
  return j >= 0 && xml.charCodeAt(j) === 60 /* < */ ? j : -1;
}

/**
 * Where `tag` (a sticky pattern of a start tag, or of an end tag when `closing`, naming `local`) first
 * matches from `from`, as `xml.search` would find it; -1 when nowhere. Only places where the name follows
 * "<" (or "</") and a prefix are tried.
 */
export function searchTag(
  xml: string,
  local: string,
  tag: RegExp,
  closing = false,
  from = 0
): number {
  for (let pos = from; ;) {
    const i = xml.indexOf(local, pos);
    if (i < 0) return -1;
    const start = startBefore(xml, i, closing);
    if (start >= from) {
      tag.lastIndex = start;
      if (tag.test(xml)) return start;
    }
    pos = i + 1;
  }
}

/**
 * Every element with this local name (not nested in one of the same name), in document order. The text is
 * searched for the name itself, and the element tried only where the name follows a "<" (and a prefix):
 * the same elements a scan of every "<" finds, without trying each.
 */
export function* elements(xml: string, local: string, from = 0): Generator<Element> {
  const re = elementAt(local);
  let pos = from;
  for (;;) {
    const i = xml.indexOf(local, pos);
    if (i < 0) return;
    const start = startBefore(xml, i);
    if (start >= pos) {
      re.lastIndex = start;
      const m = re.exec(xml);
      if (m) {
        pos = re.lastIndex;
        yield { attrs: attributes(m[1]), inner: m[3] ?? "", index: m.index };
        continue;
      }
    }
    pos = i + 1;
  }
}

/** The inner XML of every element with this local name (as `elements`, without reading attributes). */
export function innersOf(xml: string, local: string): string[] {
  const re = new RegExp(
    `<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>)`,
    "g"
  );
  const found: string[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) found.push(m[1] ?? "");
  return found;
}

/** The text of every `<t>` inside, joined, leaving out phonetic runs (`<rPh>`), as Excel shows a string. */
export function textOf(inner: string): string {
  const visible = inner.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, "");
  let out = "";
  for (const t of elements(visible, "t")) out += decodeXml(t.inner);
  return out;
}

/** A local attribute by name whatever its prefix (`r:id`, `id`). */
export function attr(attrs: Map<string, string>, local: string): string | undefined {
  if (attrs.has(local)) return attrs.get(local);
  for (const [key, value] of attrs) if (key.endsWith(`:${local}`)) return value;
  return undefined;
}
