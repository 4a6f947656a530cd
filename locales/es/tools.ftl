### Review, the launcher, the agenda editor, and the command line: messages, errors, `check`.
