"""Sanity checks on the generated cases (shape and internal consistency, not extraction)."""
import glob
import json
import os
import re
from common import GOLD_KEYS, dl_classes, EDU_CODE, ROOT

STATES = {"clear", "masked", "virtual", "obfuscated", "absent"}
VEH = {"小型轿车", "小型客车", "中型客车", "大型客车", "平板式货车", "栏板式货车", "厢式货车", "仓栅式货车", "罐式车", "自卸车", "其他"}
n = 0
for path in sorted(glob.glob(os.path.join(ROOT, "*", "*.json"))):
    c = json.load(open(path, encoding="utf-8"))
    n += 1
    d = os.path.dirname(path)
    html = open(os.path.join(d, c["html_file"]), encoding="utf-8").read()
    blob = html + json.dumps(c.get("apiPayloads"), ensure_ascii=False) + (c.get("text") or "")
    for p in c["apiPayloads"]:
        assert set(p) == {"url", "body"}, path
    g = c["gold"]
    if c["expect"] == "not_a_resume":
        assert g is None
        continue
    assert list(g) == GOLD_KEYS, path
    assert g["dl_license_classes"] == dl_classes(g["dl_license_class"]), path
    assert g["education"] == (EDU_CODE[g["education_level"]] if g["education_level"] else None)
    for k in ("phone", "email"):
        st = g[k + "_state"]
        assert st in STATES
        if st == "clear":
            assert g[k] and g[k + "_masked"] is None, (path, k)
        else:
            assert g[k] is None, (path, k)
            assert (g[k + "_masked"] is None) == (st == "absent"), (path, k)
    if g["phone"]:
        assert re.fullmatch(r"166\d{8}", g["phone"])
    for m in re.findall(r"(?<![\d\w])1[3-9]\d[\d\- ]{8,10}(?!\d)", blob):
        assert m.startswith("166") or not re.fullmatch(r"1[3-9]\d{9}", m.replace("-", "").replace(" ", "")), (path, m)
    assert set(g["vehicle_types"]) <= VEH
    vt = [w["vehicle_type"] for w in g["work_history"] if w["vehicle_type"]]
    assert set(vt) <= set(g["vehicle_types"]), path
    assert g["target_city"] == (g["expected_regions"][0] if g["expected_regions"] else None)
    for w in g["work_history"]:
        assert w["enterprise_name"] in blob and w["post_name"] in blob, (path, w["enterprise_name"])
        assert w["description"] in blob, (path, w["description"])
        assert w["current"] == (w["end"] is None)
    for e in g["education_history"]:
        assert e["school_name"] in blob
    if g["self_evaluation"]:
        assert g["self_evaluation"] in blob, path
    for k in ("real_name", "name_masked", "phone_masked", "email_masked", "target_post", "living_place", "birth_place"):
        if g[k]:
            assert g[k] in blob, (path, k)
    if g["email"]:
        assert g["email"] in blob.lower()
    assert g["source"]["url"] == c["url"] and g["source"]["crawledAt"] == c["captured_at"]
    print("ok", os.path.relpath(path, ROOT))
print(n, "cases")
