#!/usr/bin/env python3
"""An independent reader for e-mail messages (issue 15 D), on Python's email package: each
argument is an .eml file, or a .json file the SMTP sink saved (its envelope and data). Prints
JSON: per message its envelope recipients (when known), To, Subject, the plain text and each
attachment's name, type and text."""
import email, email.policy, json, sys

def read(raw, envelope):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    body = m.get_body(preferencelist=("plain",))
    return {
        "envelope": envelope,
        "to": [a.addr_spec for a in m["to"].addresses] if m["to"] else [],
        "from": str(m["from"]),
        "subject": str(m["subject"]),
        "text": body.get_content() if body else "",
        "attachments": [{"name": a.get_filename(), "type": a.get_content_type(),
                         "text": a.get_content() if a.get_content_maintype() == "text" else ""}
                        for a in m.iter_attachments()],
    }

out = []
for path in sys.argv[1:]:
    if path.endswith(".json"):
        saved = json.load(open(path))
        out.append(read(saved["data"].encode("utf-8", "surrogateescape"), saved["rcpt_tos"]))
    else:
        out.append(read(open(path, "rb").read(), None))
print(json.dumps(out, ensure_ascii=False))
