"""Shared helpers for the blind3 fixture generator (python3, stdlib only)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# RESUME_MODEL.md section 2: declared class -> classes it also permits.
IMPLIED = {
    "A1": ["A3", "B1", "B2", "C1", "C2", "C3", "C4", "M"],
    "A2": ["B1", "B2", "C1", "C2", "C3", "C4", "C6", "M"],
    "A3": ["C1", "C2", "C3", "C4"],
    "B1": ["C1", "C2", "C3", "C4", "M"],
    "B2": ["C1", "C2", "C3", "C4", "M"],
    "C1": ["C2", "C3", "C4"],
    "C3": ["C4"],
}


def dl_classes(declared):
    if declared is None:
        return []
    return [declared] + IMPLIED.get(declared, [])


EDU_CODE = {"初中及以下": 2, "高中": 2, "大专": 3, "本科": 4, "硕士": 4, "博士": 4}

GOLD_KEYS = [
    "real_name", "name_masked", "gender", "age", "birth_date", "married", "living_place",
    "birth_place", "phone", "phone_state", "phone_masked", "email", "email_state",
    "email_masked", "education", "education_level", "work_experience", "status", "want_job",
    "target_city", "expected_regions", "expected_salary", "target_post", "self_evaluation",
    "dl_license_class", "dl_license_classes", "driving_experience", "rtqc_license_class",
    "vehicle_types", "work_history", "education_history", "source", "extras",
]


def work(begin, end, company, post, description, vehicle_type=None, load=None, length=None,
         industry=None, scale=None, dept=None):
    return {
        "begin": begin,
        "end": end,
        "current": end is None,
        "enterprise_name": company,
        "post_name": post,
        "industry": industry,
        "enterprise_scale": scale,
        "dept_name": dept,
        "description": description,
        "vehicle_type": vehicle_type,
        "vehicle_load": load,
        "vehicle_length": length,
    }


def edu(begin, end, school, major, level):
    return {"begin": begin, "end": end, "school_name": school, "major": major, "level": level}


def gold(*, url, captured_at, channel_id, resume_id, raw_id=None, real_name=None,
         name_masked=None, gender=None, age=None, birth_date=None, married=None,
         living_place=None, birth_place=None, phone=None, phone_state="absent",
         phone_masked=None, email=None, email_state="absent", email_masked=None,
         education_level=None, work_experience=None, status=None, want_job=None,
         expected_regions=(), expected_salary=(), target_post=None, self_evaluation=None,
         dl=None, driving_experience=None, rtqc=None, vehicle_types=(), work_history=(),
         education_history=()):
    expected_regions = list(expected_regions)
    g = {
        "real_name": real_name,
        "name_masked": name_masked,
        "gender": gender,
        "age": age,
        "birth_date": birth_date,
        "married": married,
        "living_place": living_place,
        "birth_place": birth_place,
        "phone": phone,
        "phone_state": phone_state,
        "phone_masked": phone_masked,
        "email": email,
        "email_state": email_state,
        "email_masked": email_masked,
        "education": EDU_CODE[education_level] if education_level else None,
        "education_level": education_level,
        "work_experience": work_experience,
        "status": status,
        "want_job": want_job,
        "target_city": expected_regions[0] if expected_regions else None,
        "expected_regions": expected_regions,
        "expected_salary": list(expected_salary),
        "target_post": target_post,
        "self_evaluation": self_evaluation,
        "dl_license_class": dl,
        "dl_license_classes": dl_classes(dl),
        "driving_experience": driving_experience,
        "rtqc_license_class": rtqc,
        "vehicle_types": list(vehicle_types),
        "work_history": list(work_history),
        "education_history": list(education_history),
        "source": {
            "channelId": channel_id,
            "channelResumeId": resume_id,
            "url": url,
            "crawledAt": captured_at,
            "rawId": raw_id if raw_id is not None else resume_id,
        },
        "extras": {},
    }
    assert list(g) == GOLD_KEYS
    return g


def write_case(board, stem, *, description, url, html, captured_at, person, gold_obj,
               api_payloads=(), text=None, expect="resume"):
    d = os.path.join(ROOT, board)
    os.makedirs(d, exist_ok=True)
    html_file = stem + ".html"
    with open(os.path.join(d, html_file), "w", encoding="utf-8") as f:
        f.write(html)
    case = {
        "description": description,
        "url": url,
        "html_file": html_file,
        "captured_at": captured_at,
        "person": person,
        "expect": expect,
        "gold": gold_obj,
        "apiPayloads": list(api_payloads),
    }
    if text is not None:
        case["text"] = text
    with open(os.path.join(d, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(case, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", board + "/" + stem)
