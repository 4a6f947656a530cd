#!/usr/bin/env python3
"""An independent reader for plenary's HTML files (issue 15), on Python's html.parser: checks
every element is closed in order, lists any reference to something outside the file, and
prints the headings, the text of each table's cells and all visible text as JSON."""
import json, sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "hr", "input", "link", "rect"}

class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.outside = [], [], []
        self.headings, self.tables, self.text, self.scripts = [], [], [], 0
        self.cell = None
    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset") or (value and "url(" in value):
                self.outside.append(f"{tag} {name}={value}")
        if tag == "script":
            self.scripts += 1
        if tag == "link":
            self.outside.append("link")
        if tag == "table":
            self.tables.append([])
        if tag == "tr" and self.tables:
            self.tables[-1].append([])
        if tag in ("td", "th"):
            self.cell = ""
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()
        if tag in ("td", "th") and self.cell is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append(self.cell.strip())
            self.cell = None
    def handle_data(self, data):
        top = self.stack[-1] if self.stack else ""
        if top in ("style", "title"):
            if top == "style" and ("@import" in data or "url(" in data):
                self.outside.append("css")
            return
        if top in ("h1", "h2", "h3"):
            self.headings.append([top, data])
        if self.cell is not None:
            self.cell += data
        self.text.append(data)

r = Reader()
r.feed(open(sys.argv[1], encoding="utf-8").read())
r.close()
if r.stack:
    r.errors.append(f"never closed: {r.stack}")
print(json.dumps({"errors": r.errors, "outside": r.outside, "scripts": r.scripts,
                  "headings": r.headings, "tables": r.tables, "text": "".join(r.text)},
                 ensure_ascii=False))
