#!/usr/bin/env python3
"""Adds a check code to the places that list every code: the isnad.severity setting in
package.json and its English and Arabic descriptions. Usage:
  scripts/add-check-code.py CODE AFTER_CODE "English description" "Arabic description"
(The code itself goes in server/src/core/checks/codes.ts and docs/checks.md by hand.)"""
import json, sys, collections
code, after, en, ar = sys.argv[1:5]
pkg = json.load(open("package.json"), object_pairs_hook=collections.OrderedDict)
props = pkg["contributes"]["configuration"]["properties"]["isnad.severity"]["properties"]
if code not in props:
    entry = json.loads(json.dumps(props[after]))
    entry["markdownDescription"] = f"%isnad.severity.{code}%"
    items = list(props.items())
    i = [k for k, _ in items].index(after) + 1
    items.insert(i, (code, entry))
    props.clear(); props.update(items)
    open("package.json", "w").write(json.dumps(pkg, indent=2, ensure_ascii=False) + "\n")
for file, text in (("package.nls.json", en), ("package.nls.ar.json", ar)):
    nls = json.load(open(file), object_pairs_hook=collections.OrderedDict)
    key = f"isnad.severity.{code}"
    if key in nls: continue
    items = list(nls.items())
    i = [k for k, _ in items].index(f"isnad.severity.{after}") + 1
    items.insert(i, (key, text))
    open(file, "w").write(json.dumps(collections.OrderedDict(items), indent=2, ensure_ascii=False) + "\n")
