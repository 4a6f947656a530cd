### Exported documents: the outcome document and the report (Markdown, HTML, DOCX), the
### calendar, CSV headers, reminders.

## The outcome document (plenary export, the review's session record)

doc-agenda = Ordre du jour
doc-col-item = Point
doc-col-planned = Prévu
doc-col-actual = Réel
doc-col-started = Début
doc-minutes = { $minutes } min
doc-not-held = non tenu
doc-ran = Séance de { $start } à { $end } : { $total } min pour { $planned } prévues.
doc-ran-external = Durée : { $total } min pour { $planned } prévues.
doc-plan-changes = Modifications du programme
doc-participants = Participants
doc-other-group = Autres
doc-groups = Groupes
doc-group-time = Temps de parole : { $used } sur { $budget }.
doc-group-time-over = Temps de parole : { $used } sur { $budget } (dépassement de { $over }).
doc-presented = Présenté par { $presenter }. { $time }
doc-notes = Notes
doc-summary-people = { $people ->
    [one] { $people } participant
   *[other] { $people } participants
} de { $groups ->
    [one] { $groups } groupe de parties prenantes
   *[other] { $groups } groupes de parties prenantes
}
doc-summary-reported = { $reported ->
    [one] { $reported } groupe sur { $groups } a fait sa restitution
   *[other] { $reported } groupes sur { $groups } ont fait leur restitution
}
doc-summary-commitments = { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
} pris par { $owners ->
    [one] { $owners } responsable
   *[other] { $owners } responsables
}
doc-colon = {" "}:
doc-parts-separator = {" "};{" "}
doc-summary-due = , échéance le { $date }
doc-summary-due-range = , échéances du { $first } au { $last }

## The outcome document's commitments and follow-up

doc-follow-up = Suivi des engagements précédents
doc-carried = { $count ->
    [one] { $count } engagement repris
   *[other] { $count } engagements repris
} { $sessions ->
    [one] d'une séance précédente
   *[other] de { $sessions } séances précédentes
} ; { $discussed ->
    [one] { $discussed } examiné
   *[other] { $discussed } examinés
}
doc-carried-again = , { $count ->
    [one] { $count } reconduit comme nouvel engagement
   *[other] { $count } reconduits comme nouveaux engagements
}
doc-carried-rest = ; { $count ->
    [one] { $count } non examiné
   *[other] { $count } non examinés
}
doc-quoted = « { $text } »
doc-in-review = {" "}(dans la revue)
doc-moved = { $count ->
    [1] échéance modifiée une fois
    [2] échéance modifiée deux fois
   *[other] échéance modifiée { $count } fois
}
doc-agreed-again = reconduit sous { $id }
doc-agreed-again-at = reconduit lors de « { $session } » sous { $id }
doc-col-what = Quoi
doc-col-who = Qui
doc-col-agreed-at = Convenu lors de
doc-col-by-when = Échéance
doc-col-now = Aujourd'hui
doc-col-said = Ce qui a été dit
doc-col-status = Statut
doc-not-discussed = non examiné (était : { $status })
doc-commitments = Engagements
doc-none-recorded = Aucun engagement enregistré.
doc-no-new = Aucun nouvel engagement n'a été pris ; le suivi des engagements précédents figure ci-dessus.
doc-supersedes = reprend { $id }
doc-supersedes-of = reprend { $id } de « { $session } »
doc-days-overdue = { $status }, { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
doc-as-of = Au { $date } : { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
} : { $parts }.
doc-still-owed = { $count ->
    [one] { $count } encore dû
   *[other] { $count } encore dus
}
doc-still-owed-overdue = { $count ->
    [one] { $count } encore dû
   *[other] { $count } encore dus
} (dont { $overdue } en retard)
doc-one-more = 1 { $what }
doc-history = Évolution depuis leur adoption

## Counts by status and by standing (outcome document, progress report, review figures)

doc-n-open = { $count ->
    [one] { $count } ouvert
   *[other] { $count } ouverts
}
doc-n-in-progress = { $count } en cours
doc-n-done = { $count ->
    [one] { $count } réalisé
   *[other] { $count } réalisés
}
doc-n-dropped = { $count ->
    [one] { $count } abandonné
   *[other] { $count } abandonnés
}
doc-n-on-track = { $count } dans les temps
doc-n-renegotiated = { $count ->
    [one] { $count } renégocié
   *[other] { $count } renégociés
}
doc-n-overdue = { $count } en retard
standing-done = réalisé
standing-on-track = dans les temps
standing-renegotiated = renégocié
standing-overdue = en retard
standing-dropped = abandonné

## The progress report (plenary report)

report-title = Avancement des engagements
report-counts = { $counts } ({ $percent } % réalisés)
report-as-of = Au { $date } : { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
} { $count ->
    [one] issu
   *[other] issus
} { $sessions ->
    [one] d'une séance
   *[other] de { $sessions } séances
} : { $counts }.
report-since = séances depuis le { $date }
report-owners-matching = responsables contenant « { $text } »
report-groups-matching = groupes de parties prenantes contenant « { $text } »
report-only = Seulement : { $what }.
report-not-counted = Non comptés : { $count ->
    [one] { $count } fichier illisible
   *[other] { $count } fichiers illisibles
} ({ $files }).
report-legend = Renégocié : encore dû, pas encore échu, avec une échéance modifiée depuis son adoption. Le taux de réalisation est calculé sur les engagements non abandonnés.
report-by-session = Réalisation par séance
report-by-group = Réalisation par groupe de parties prenantes
report-session = séance
report-group = groupe de parties prenantes
report-commitments = Engagements
report-none-match = Aucun engagement ne correspond.
report-col-what = Quoi
report-col-owner = Responsable
report-col-group = Groupe
report-col-agreed-on = Convenu le
report-col-deadline = Échéance
report-col-moved = Modifiée
report-col-status = Statut
report-col-note = Dernière note
report-col-total = total
report-col-percent-done = % réalisés
report-col-chart = graphique
percent-value = { $percent } %
report-percent-done = { $percent } % réalisés
report-overdue-days = en retard ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
report-other-group = Autres

## The calendar (.ics)

ics-name = Engagements : { $name }
ics-all-commitments = Engagements (plenary)
ics-summary = { $owner } : { $what }
ics-done = ✓ réalisé ·{" "}
ics-dropped = abandonné ·{" "}
ics-owner = Responsable : { $owner }
ics-status = Statut : { $status }
ics-agreed-at = Convenu lors de : { $session }
ics-commitment = Engagement { $id }
ics-history = Historique :
ics-due-in-a-week = Échéance dans une semaine : { $what }

## The CSV of plenary export (column names)

csv-session = séance
csv-session-date = date_séance
csv-id = id
csv-what = quoi
csv-owner = responsable
csv-organisation = organisation
csv-stakeholder = partie_prenante
csv-deadline = échéance
csv-status = statut
csv-days-overdue = jours_de_retard
csv-file = fichier
csv-original-deadline = échéance_initiale
csv-deadline-moves = modifications_échéance
csv-latest-note = dernière_note

## Reminders to owners (plenary remind)

mail-subject = Vos engagements : { $count } en cours, dont { $overdue } en retard
mail-dear = Bonjour { $owner },
mail-intro = Au { $date }, vous avez { $count ->
    [one] { $count } engagement en cours
   *[other] { $count } engagements en cours
}, dont { $overdue } en retard. Les voici, avec ce que vous nous avez dit la dernière fois.
mail-agreed-at = Convenu lors de : { $session } ({ $date })
mail-deadline = Échéance : { $deadline }
mail-deadline-late = Échéance : { $deadline } (en retard de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
mail-status = Statut : { $status }
mail-nothing-yet = La dernière fois : rien n'a encore été noté
mail-last-time = La dernière fois, vous nous avez dit : { $note }
mail-closing = Le calendrier joint (engagements.ics) contient chaque échéance, avec un rappel une semaine avant. Répondez à ce message pour nous donner des nouvelles.
mail-calendar-file = engagements.ics

## History lines (the file keeps them in English; these are for the other languages)
history-follow-up = suivi
history-with-head = { $head } : { $rest }
history-and = {" "};{" "}
history-status = statut { $from } → { $to }
history-deadline = échéance { $from } → { $to }
history-owner = responsable { $from } → { $to }
history-action = action « { $from } » → « { $to } »
history-agreed-again-at = reconvenu lors de { $meeting } comme { $id }
history-agreed-again = reconvenu comme { $id }
history-at = lors de { $meeting }
history-meeting = « { $title } » ({ $date })
history-moved = déplacé de { $from } vers { $to }
