"""Helpers for the blind fixture set: every person here is invented."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LIC = {
    "A1": ["A1", "A3", "B1", "B2", "C1", "C2", "C3", "C4", "M"],
    "A2": ["A2", "B1", "B2", "C1", "C2", "C3", "C4", "C6", "M"],
    "A3": ["A3", "C1", "C2", "C3", "C4"],
    "B1": ["B1", "C1", "C2", "C3", "C4", "M"],
    "B2": ["B2", "C1", "C2", "C3", "C4", "M"],
    "C1": ["C1", "C2", "C3", "C4"],
}


def work(begin, end, company, post, desc=None, current=False, industry=None, scale=None,
         dept=None, vtype=None, load=None, length=None):
    return {"begin": begin, "end": end, "current": current, "enterprise_name": company,
            "post_name": post, "industry": industry, "enterprise_scale": scale,
            "dept_name": dept, "description": desc, "vehicle_type": vtype,
            "vehicle_load": load, "vehicle_length": length}


def edu(begin, end, school, major, level):
    return {"begin": begin, "end": end, "school_name": school, "major": major, "level": level}


def resume(channel, rid, url, crawled, raw_id=None, lic=None, **kw):
    g = {
        "real_name": None, "name_masked": None, "gender": None, "age": None,
        "birth_date": None, "married": None, "living_place": None, "birth_place": None,
        "phone": None, "phone_state": "absent", "phone_masked": None,
        "email": None, "email_state": "absent", "email_masked": None,
        "education": None, "education_level": None, "work_experience": None,
        "status": None, "want_job": None, "target_city": None, "expected_regions": [],
        "expected_salary": [], "target_post": None, "self_evaluation": None,
        "dl_license_class": lic, "dl_license_classes": LIC[lic] if lic else [],
        "driving_experience": None, "rtqc_license_class": None, "vehicle_types": [],
        "work_history": [], "education_history": [],
    }
    for k, v in kw.items():
        assert k in g, k
        g[k] = v
    src = {"channelId": channel, "channelResumeId": rid, "url": url, "crawledAt": crawled}
    if raw_id:
        src["rawId"] = raw_id
    g["source"] = src
    g["extras"] = {}
    return g


def write(board, case, description, url, captured_at, person, html=None, text=None,
          payloads=None, gold=None):
    d = os.path.join(ROOT, board)
    os.makedirs(d, exist_ok=True)
    doc = {"description": description, "url": url}
    if html is not None:
        with open(os.path.join(d, case + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        doc["html_file"] = case + ".html"
    if text is not None:
        doc["text"] = text
    if payloads:
        doc["apiPayloads"] = payloads
    doc["captured_at"] = captured_at
    doc["person"] = person
    doc["expect"] = "resume" if gold else "not_a_resume"
    if gold:
        doc["gold"] = gold
    with open(os.path.join(d, case + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
