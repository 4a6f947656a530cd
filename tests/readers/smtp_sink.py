#!/usr/bin/env python3
"""A real SMTP server on localhost for the reminder tests (issue 15 D): aiosmtpd listens on
the port given and saves each message it accepts as DIR/N.json (envelope sender, envelope
recipients, data). Prints "ready" once listening; runs until its standard input closes.
Exit 3 when aiosmtpd is not installed (pip install aiosmtpd), so a test can skip."""
import json, os, sys
try:
    from aiosmtpd.controller import Controller
except ImportError:
    print("aiosmtpd is not installed (pip install aiosmtpd)", file=sys.stderr)
    sys.exit(3)

port, out = int(sys.argv[1]), sys.argv[2]

class Save:
    count = 0
    async def handle_DATA(self, server, session, envelope):
        Save.count += 1
        with open(os.path.join(out, f"{Save.count:04d}.json"), "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "data": envelope.content.decode("utf-8", "surrogateescape")}, f)
        return "250 Message accepted for delivery"

c = Controller(Save(), hostname="127.0.0.1", port=port)
c.start()
print("ready", flush=True)
sys.stdin.read()
c.stop()
