/**
 * Network files read back by a program other than ours: networkx in python3 (required on every machine
 * that runs the tests, CI included), and a check of GEXF 1.3's structure as Gephi reads it.
 */
import { execFileSync } from 'node:child_process';

/** Runs a python3 script with arguments and returns what it prints; fails clearly without networkx. */
export function runPython(script: string, ...args: string[]): string {
  try {
    return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/No module named 'networkx'|ENOENT/.test(`${stderr} ${String(error)}`))
      throw new Error('These tests need python3 with networkx (pip install networkx): ' + stderr.trim());
    throw error;
  }
}

/**
 * Python that prints, as JSON, what a GEXF file breaks of GEXF 1.3 as Gephi reads it: the root element
 * and version, the viz namespace, attribute types, every attvalue naming a declared attribute and
 * carrying a value of its type, and viz:color bytes, positive viz:size and numeric viz:position.
 */
export const GEXF_STRUCTURE = `
import json, sys, xml.etree.ElementTree as ET
G = "{http://gexf.net/1.3}"; V = "{http://gexf.net/1.3/viz}"
root = ET.parse(sys.argv[1]).getroot()
problems = []
def need(ok, what):
    if not ok: problems.append(what)
need(root.tag == G + "gexf", "root is " + root.tag)
need(root.get("version") == "1.3", "version is " + str(root.get("version")))
need('xmlns:viz="http://gexf.net/1.3/viz"' in open(sys.argv[1], encoding="utf-8").read(200000), "no viz namespace")
graph = root.find(G + "graph")
need(graph is not None, "no graph")
TYPES = {"integer": int, "long": int, "double": float, "float": float, "boolean": lambda v: {"true": 1, "false": 0}[v], "string": str}
declared = {}
for block in graph.findall(G + "attributes"):
    for a in block.findall(G + "attribute"):
        need(a.get("type") in TYPES, "attribute type " + str(a.get("type")))
        declared[(block.get("class"), a.get("id"))] = a.get("type")
for cls, path in (("node", G + "nodes/" + G + "node"), ("edge", G + "edges/" + G + "edge")):
    for el in graph.findall(path):
        for v in el.findall(G + "attvalues/" + G + "attvalue"):
            t = declared.get((cls, v.get("for")))
            need(t is not None, cls + " attvalue for undeclared " + str(v.get("for")))
            try: TYPES.get(t, str)(v.get("value"))
            except Exception: problems.append(cls + " value " + str(v.get("value")) + " is not " + str(t))
        for child in el:
            need(child.tag.startswith(G) or child.tag.startswith(V), "foreign element " + child.tag)
        c = el.find(V + "color")
        if c is not None:
            need(all(c.get(k, "").isdigit() and 0 <= int(c.get(k)) <= 255 for k in "rgb"), "colour " + str(c.attrib))
        s = el.find(V + "size")
        if s is not None: need(float(s.get("value")) > 0, "size " + str(s.get("value")))
        p = el.find(V + "position")
        if p is not None: [float(p.get(k)) for k in "xyz"]
print(json.dumps(problems[:20]))
`;
