#!/usr/bin/env python3
"""Writes N recorded sessions (default 1000) with 20 commitments each into DIR, for the
review and commitments benchmarks. Deterministic: the same N gives the same files.
usage: scripts/gen-sessions.py DIR [N]"""
import json, random, sys, datetime, os

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000
os.makedirs(out, exist_ok=True)
base = json.load(open(os.path.join(os.path.dirname(__file__), "..", "sessions", "monitoring-results-workshop.json")))
rng = random.Random(7)
owners = [p["organisation"] for p in base["participants"]] + ["Parliament", "Development partners", "Ministère de l’Économie", "وزارة المالية", "財務省", "Comité 🚀 de suivi"]
verbs = ["Brief", "Publish", "Convene", "Draft", "Share", "Review", "Fund", "Map", "Train", "Report on"]
things = ["the monitoring findings", "a plain-language summary", "the follow-up dialogue", "terms of reference",
          "evidence templates", "the budget calendar", "district data gaps", "focal points", "the action plan"]
statuses = ["open"] * 5 + ["in_progress"] * 2 + ["done"] * 2 + ["dropped"]
start = datetime.date(2022, 1, 10)
for i in range(n):
    day = start + datetime.timedelta(days=rng.randrange(0, 5 * 365))
    t0 = datetime.datetime(day.year, day.month, day.day, 8, 0, tzinfo=datetime.timezone.utc)
    iso = lambda m: (t0 + datetime.timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M:%SZ")
    s = dict(base)
    s["title"] = f"{base['title']} #{i + 1}"
    s["date"] = day.isoformat()
    commitments = []
    for c in range(20):
        deadline = day + datetime.timedelta(days=rng.randrange(14, 400))
        commitments.append({
            "id": f"C{c + 1}", "what": f"{rng.choice(verbs)} {rng.choice(things)}" + (" " + "details " * 30 if c == 0 else ""),
            "owner": rng.choice(owners), "deadline": deadline.isoformat(),
            "anchor": {"item": 4}, "status": rng.choice(statuses),
            "created_at": iso(100 + c), "created_by": {"name": "gen"}, "revision": 0,
        })
    s["live"] = {
        "id": f"gen-{i + 1:04d}", "created_at": iso(0), "started_at": iso(0), "ended_at": iso(130),
        "current_item": 5, "current_group": 0,
        "items": [{"spans": [{"start": iso(k * 20), "end": iso(k * 20 + 20)}]} for k in range(6)],
        "presentations": [{"timer": {"banked_ms": 300000 + g * 20000}} for g in range(3)],
        "notes": [{"text": "A note " * 20, "author": {"name": "gen"}, "at": iso(30), "anchor": {"item": 1, "group": 0}}],
        "commitments": commitments, "revision": 40,
    }
    with open(os.path.join(out, f"{day.isoformat()}-session-{i + 1:04d}.json"), "w") as f:
        json.dump(s, f, indent=1, ensure_ascii=False)
print(f"wrote {n} sessions, {20 * n} commitments, to {out}")
