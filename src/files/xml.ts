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

/** Every element with this local name (not nested in one of the same name), in document order. */
export function* elements(xml: string, local: string, from = 0): Generator<Element> {
  const re = new RegExp(
    `<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>)`,
    "g"
  );
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml))
    yield { attrs: attributes(m[1]), inner: m[3] ?? "", index: m.index };
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
