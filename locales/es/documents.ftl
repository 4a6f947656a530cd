### Exported documents: the outcome document and the report (Markdown, HTML, DOCX), the
### calendar, CSV headers, reminders.

## The outcome document (plenary export, the review's session record)

doc-agenda = Orden del día
doc-col-item = Punto
doc-col-planned = Previsto
doc-col-actual = Real
doc-col-started = Inicio
doc-minutes = { $minutes } min
doc-not-held = no realizado
doc-ran = Sesión de { $start } a { $end }: { $total } min frente a { $planned } previstos.
doc-ran-external = Duración: { $total } min frente a { $planned } previstos.
doc-plan-changes = Cambios en el programa
doc-participants = Participantes
doc-other-group = Otros
doc-groups = Grupos
doc-group-time = Tiempo: { $used } de { $budget }.
doc-group-time-over = Tiempo: { $used } de { $budget } ({ $over } de más).
doc-presented = Presentó { $presenter }. { $time }
doc-notes = Notas
doc-summary-people = { $people ->
    [one] { $people } participante
   *[other] { $people } participantes
} de { $groups ->
    [one] { $groups } grupo de actores
   *[other] { $groups } grupos de actores
}
doc-summary-reported = { $reported } de { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
} { $reported ->
    [one] presentó sus conclusiones
   *[other] presentaron sus conclusiones
}
doc-summary-commitments = { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
} de { $owners ->
    [one] { $owners } responsable
   *[other] { $owners } responsables
}
doc-colon = :
doc-parts-separator = ;{" "}
doc-summary-due = , con plazo el { $date }
doc-summary-due-range = , con plazos del { $first } al { $last }

## The outcome document's commitments and follow-up

doc-follow-up = Seguimiento de compromisos anteriores
doc-carried = { $count ->
    [one] { $count } compromiso retomado
   *[other] { $count } compromisos retomados
} { $sessions ->
    [one] de una sesión anterior
   *[other] de { $sessions } sesiones anteriores
}; { $discussed ->
    [one] { $discussed } examinado
   *[other] { $discussed } examinados
}
doc-carried-again = , { $count ->
    [one] { $count } acordado de nuevo como compromiso nuevo
   *[other] { $count } acordados de nuevo como compromisos nuevos
}
doc-carried-rest = ; { $count ->
    [one] { $count } sin examinar
   *[other] { $count } sin examinar
}
doc-quoted = «{ $text }»
doc-in-review = {" "}(en la revisión)
doc-moved = { $count ->
    [1] plazo cambiado una vez
    [2] plazo cambiado dos veces
   *[other] plazo cambiado { $count } veces
}
doc-agreed-again = acordado de nuevo como { $id }
doc-agreed-again-at = acordado de nuevo en «{ $session }» como { $id }
doc-col-what = Qué
doc-col-who = Quién
doc-col-agreed-at = Acordado en
doc-col-by-when = Plazo
doc-col-now = Ahora
doc-col-said = Lo que se dijo
doc-col-status = Estado
doc-not-discussed = sin examinar (estaba { $status })
doc-commitments = Compromisos
doc-none-recorded = Ningún compromiso registrado.
doc-no-new = No se acordaron compromisos nuevos; el seguimiento de los anteriores figura más arriba.
doc-supersedes = retoma { $id }
doc-supersedes-of = retoma { $id } de «{ $session }»
doc-days-overdue = { $status }, { $days ->
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
}
doc-as-of = Al { $date }: { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
}: { $parts }.
doc-still-owed = { $count ->
    [one] { $count } pendiente
   *[other] { $count } pendientes
}
doc-still-owed-overdue = { $count ->
    [one] { $count } pendiente
   *[other] { $count } pendientes
} ({ $overdue } con retraso)
doc-one-more = 1 { $what }
doc-history = Cambios desde que se acordaron

## Counts by status and by standing (outcome document, progress report, review figures)

doc-n-open = { $count ->
    [one] { $count } abierto
   *[other] { $count } abiertos
}
doc-n-in-progress = { $count } en curso
doc-n-done = { $count ->
    [one] { $count } cumplido
   *[other] { $count } cumplidos
}
doc-n-dropped = { $count ->
    [one] { $count } abandonado
   *[other] { $count } abandonados
}
doc-n-on-track = { $count } en plazo
doc-n-renegotiated = { $count ->
    [one] { $count } renegociado
   *[other] { $count } renegociados
}
doc-n-overdue = { $count } con retraso
standing-done = cumplido
standing-on-track = en plazo
standing-renegotiated = renegociado
standing-overdue = con retraso
standing-dropped = abandonado

## The progress report (plenary report)

report-title = Avance de los compromisos
report-counts = { $counts } ({ $percent } % cumplido)
report-as-of = Al { $date }: { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
} de { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}: { $counts }.
report-since = sesiones desde el { $date }
report-owners-matching = responsables que contienen «{ $text }»
report-groups-matching = grupos de actores que contienen «{ $text }»
report-only = Solo { $what }.
report-not-counted = No contados: { $count ->
    [one] { $count } archivo no se pudo leer
   *[other] { $count } archivos no se pudieron leer
} ({ $files }).
report-legend = Renegociado: pendiente, aún en plazo, con un plazo cambiado desde que se acordó. El porcentaje cumplido se calcula sobre los compromisos no abandonados.
report-by-session = Cumplimiento por sesión
report-by-group = Cumplimiento por grupo de actores
report-session = sesión
report-group = grupo de actores
report-commitments = Compromisos
report-none-match = Ningún compromiso coincide.
report-col-what = Qué
report-col-owner = Responsable
report-col-group = Grupo
report-col-agreed-on = Acordado el
report-col-deadline = Plazo
report-col-moved = Cambios
report-col-status = Estado
report-col-note = Última nota
report-col-total = total
report-col-percent-done = % cumplido
report-col-chart = gráfico
percent-value = { $percent } %
report-percent-done = { $percent } % cumplido
report-overdue-days = con retraso ({ $days ->
    [one] { $days } día
   *[other] { $days } días
})
report-other-group = Otros

## The calendar (.ics)

ics-name = Compromisos: { $name }
ics-all-commitments = Compromisos (plenary)
ics-summary = { $owner }: { $what }
ics-done = ✓ cumplido ·{" "}
ics-dropped = abandonado ·{" "}
ics-owner = Responsable: { $owner }
ics-status = Estado: { $status }
ics-agreed-at = Acordado en: { $session }
ics-commitment = Compromiso { $id }
ics-history = Historial:
ics-due-in-a-week = Vence en una semana: { $what }

## The CSV of plenary export (column names)

csv-session = sesión
csv-session-date = fecha_sesión
csv-id = id
csv-what = qué
csv-owner = responsable
csv-organisation = organización
csv-stakeholder = grupo_de_actores
csv-deadline = plazo
csv-status = estado
csv-days-overdue = días_de_retraso
csv-file = archivo
csv-original-deadline = plazo_inicial
csv-deadline-moves = cambios_de_plazo
csv-latest-note = última_nota

## Reminders to owners (plenary remind)

mail-subject = Sus compromisos: { $count } por cumplir, { $overdue } con retraso
mail-dear = Estimado/a { $owner }:
mail-intro = Al { $date } tiene { $count ->
    [one] { $count } compromiso pendiente
   *[other] { $count } compromisos pendientes
}, { $overdue } con retraso. Aquí están, con lo que nos dijo la última vez.
mail-agreed-at = Acordado en: { $session } ({ $date })
mail-deadline = Plazo: { $deadline }
mail-deadline-late = Plazo: { $deadline } (con { $days ->
    [one] { $days } día
   *[other] { $days } días
} de retraso)
mail-status = Estado: { $status }
mail-nothing-yet = La última vez: aún no se registró nada
mail-last-time = La última vez nos dijo: { $note }
mail-closing = El calendario adjunto (compromisos.ics) incluye cada plazo, con un recordatorio una semana antes. Responda a este mensaje con cualquier novedad.
mail-calendar-file = compromisos.ics

## History lines (the file keeps them in English; these are for the other languages)
history-follow-up = seguimiento
history-with-head = { $head }: { $rest }
history-and = ;{" "}
history-status = estado { $from } → { $to }
history-deadline = plazo { $from } → { $to }
history-owner = responsable { $from } → { $to }
history-action = acción «{ $from }» → «{ $to }»
history-agreed-again-at = reconvenido en { $meeting } como { $id }
history-agreed-again = reconvenido como { $id }
history-at = en { $meeting }
history-meeting = «{ $title }» ({ $date })
history-moved = movido de { $from } a { $to }
