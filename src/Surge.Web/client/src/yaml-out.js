// Session and program files as YAML (loaded on demand: the yaml package is a separate chunk).
import YAML from 'yaml';

// YAML 1.1 rules when writing quote what a YAML 1.1 reader would take for something else ("17:00" is a
// sexagesimal number there, "no" a boolean), so the file reads back the same with any YAML reader.
const WRITE = /** @type {const} */ ({ version: '1.1' });
const PRINT = { lineWidth: 400, flowCollectionPadding: false, indent: 2 };

/** The document as a YAML file with a comment line on top. */
export function toYaml(doc, comment) {
  const document = new YAML.Document(doc, WRITE);
  if (comment) document.commentBefore = ` ${comment.replace(/\n/g, ' ')}`;
  // Exercises one per line in flow style, as the shipped examples write them.
  YAML.visit(document, {
    Map(_, node, path) {
      const parent = path[path.length - 1];
      if (YAML.isSeq(parent) && node.items.some((p) => YAML.isScalar(p.key) && p.key.value === 'exercise')) node.flow = true;
    },
  });
  return document.toString(PRINT);
}

/** Parses a session or program file's text (YAML or JSON). */
export function parseDocument(text) {
  return YAML.parse(text);
}
