#!/usr/bin/env python3
"""Writes N recorded sessions (default 1000) with 20 commitments each into DIR, for the
review and commitments benchmarks. Deterministic: the same N gives the same files.
usage: scripts/gen-sessions.py DIR [N]
PLENARY_GEN_OWNERS=K draws owners from K named people, each a participant with an email (for
`plenary remind`); PLENARY_GEN_FOLLOWUP=1 adds follow-up history (moved deadlines, notes) to
some commitments (for `plenary report`). Neither changes the rest of the data."""
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
n_owners = int(os.environ.get("PLENARY_GEN_OWNERS", "0"))
followup = os.environ.get("PLENARY_GEN_FOLLOWUP") == "1"
extra = random.Random(11)  # a separate stream, so the options leave the rest unchanged
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
    if n_owners:
        people = {}
        for c in commitments:
            k = extra.randrange(n_owners)
            c["owner"] = f"Owner {k:04d} Ministère"
            people[k] = {"name": c["owner"], "organisation": f"Organisation {k % 40}",
                         "stakeholder": ["Government", "Parliament", "Civil society", "Academia"][k % 4],
                         "email": f"owner{k:04d}@example.org"}
        s["participants"] = list(people.values())
    if followup:
        for c in commitments:
            if extra.random() < 0.3:
                old = datetime.date.fromisoformat(c["deadline"])
                new = old + datetime.timedelta(days=extra.randrange(30, 120))
                c["deadline"] = new.isoformat()
                c["revision"] = 1
                c["history"] = [{"at": iso(60 * 24 * 90), "by": {"name": "Follow-up meeting"},
                                 "change": f"deadline {old.isoformat()} → {new.isoformat()}",
                                 "note": "Moved at the follow-up: waiting for the budget"}]
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
