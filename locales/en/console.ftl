### The facilitator's console and the note-taker's screens beyond the stage: forms, questions,
### confirmations on the status line, the lists (2, 3, 4), people, plan.
