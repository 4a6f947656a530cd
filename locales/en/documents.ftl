### Exported documents: the outcome document and the report (Markdown, HTML, DOCX), the
### calendar, CSV headers, reminders.
