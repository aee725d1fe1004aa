// Maps a path in the parsed value back to a line and column in the YAML text.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type Path = readonly (string | number)[];

export interface Located {
  line: number;
  col: number;
}

function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The node at `path` (or its key, with `key: true`); the deepest existing ancestor when the path goes further. */
export function locate(doc: Document, lc: LineCounter, path: Path, opts: { key?: boolean } = {}): Located {
  let node: unknown = doc.contents;
  let best: Node | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    node = resolve(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && opts.key && pair.key && isScalar(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      best = item as Node;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = lc.linePos(offset);
  return { line: pos.line, col: pos.col };
}
