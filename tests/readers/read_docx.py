#!/usr/bin/env python3
"""An independent reader for plenary's DOCX files (issue 15): python-docx opens the file and
this prints what it found as JSON: paragraphs with their style, then every table's cells.
Exit 3 when python-docx is not installed, so a test can skip with the reason."""
import json, sys
try:
    import docx
except ImportError:
    print("python-docx is not installed (pip install python-docx)", file=sys.stderr)
    sys.exit(3)
d = docx.Document(sys.argv[1])
print(json.dumps({
    "paragraphs": [{"style": p.style.name, "text": p.text} for p in d.paragraphs],
    "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
}, ensure_ascii=False))
