import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIC = {"A1": "A1 A3 B1 B2 C1 C2 C3 C4 M", "A2": "A2 B1 B2 C1 C2 C3 C4 C6 M", "A3": "A3 C1 C2 C3 C4",
       "B1": "B1 C1 C2 C3 C4 M", "B2": "B2 C1 C2 C3 C4 M", "C1": "C1 C2 C3 C4", "C2": "C2"}
EDU = {"初中及以下": 2, "高中": 2, "中专/中技": 2, "大专": 3, "本科": 4, "硕士": 4, "博士": 4}

def W(begin, end, company, post, desc=None, current=False, vt=None, load=None, length=None, industry=None, scale=None, dept=None):
    return {"begin": begin, "end": end, "current": current, "enterprise_name": company, "post_name": post,
            "industry": industry, "enterprise_scale": scale, "dept_name": dept, "description": desc,
            "vehicle_type": vt, "vehicle_load": load, "vehicle_length": length}

def E(begin, end, school, major, level):
    return {"begin": begin, "end": end, "school_name": school, "major": major, "level": level}

def gold(url, captured, channel, rid, raw_id=None, **kw):
    g = {"real_name": None, "name_masked": None, "gender": None, "age": None, "birth_date": None, "married": None,
         "living_place": None, "birth_place": None, "phone": None, "phone_state": "absent", "phone_masked": None,
         "email": None, "email_state": "absent", "email_masked": None, "education": None, "education_level": None,
         "work_experience": None, "status": None, "want_job": None, "target_city": None, "expected_regions": [],
         "expected_salary": [], "target_post": None, "self_evaluation": None, "dl_license_class": None,
         "dl_license_classes": [], "driving_experience": None, "rtqc_license_class": None, "vehicle_types": [],
         "work_history": [], "education_history": []}
    for k, v in kw.items():
        assert k in g, k
        g[k] = v
    if g["dl_license_class"] and not g["dl_license_classes"]:
        g["dl_license_classes"] = LIC[g["dl_license_class"]].split()
    if g["education_level"] and g["education"] is None:
        g["education"] = EDU[g["education_level"]]
    src = {"channelId": channel, "channelResumeId": rid, "url": url, "crawledAt": captured}
    if raw_id:
        src["rawId"] = raw_id
    g["source"] = src
    g["extras"] = {}
    return g

def write(board, stem, description, url, captured, person, html=None, api=None, text=None, g=None):
    d = os.path.join(ROOT, board)
    os.makedirs(d, exist_ok=True)
    case = {"description": description, "url": url}
    if html is not None:
        with open(os.path.join(d, stem + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        case["html_file"] = stem + ".html"
    if api:
        case["apiPayloads"] = api
    if text is not None:
        case["text"] = text
    case["captured_at"] = captured
    case["person"] = person
    case["expect"] = "resume" if g else "not_a_resume"
    if g:
        case["gold"] = g
    with open(os.path.join(d, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(case, f, ensure_ascii=False, indent=2)
        f.write("\n")

FAKE_WOFF = "d09GRgABAAAAAAh0AAsAAAAADCwAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABHU1VCAAABCAAAADMAAABCsP6z7U9TLzIAAAE8AAAARAAAAFZW7lQ3Y21hcAAAAYAAAAC8AAACTm7AlpVnbHlmAAACPAAABRoAAAYEDxmsOGhlYWQAAAdYAAAALwAAADYZEn1/aGhlYQAAB4gAAAAcAAAAJAeKAzlobXR4AAAHpAAAABIAAAAwGhwAAGxvY2EAAAe4AAAAGgAAABoK8gnSbWF4cAAAB9QAAAAfAAAAIAEZAFBuYW1lAAAH9AAAAVcAAAKFkAhoC3Bvc3QAAAlMAAAAJwAAADjn"
