# Los mensajes de plenary en español. Los mismos identificadores que locales/en.ftl, ni
# más ni menos (tests/catalogues.rs).

## La fase del temporizador, en palabras bajo las cifras (el escenario)

phase-ready-start = LISTO · Espacio para empezar
phase-running = EN CURSO
phase-paused-over = EN PAUSA · EXCEDIDO EN { $time } · Espacio para seguir
phase-paused-time = EN PAUSA · TIEMPO · Espacio para seguir
phase-paused-left = EN PAUSA · QUEDAN { $time } · Espacio para seguir
phase-paused-resume = EN PAUSA · Espacio para seguir
phase-warning = QUEDA 1 MINUTO
phase-time = TIEMPO
phase-time-over = TIEMPO · EXCEDIDO EN { $time }

## La fase en letras grandes (modo proyector) y en la línea del temporizador

word-ready = LISTO
word-paused = EN PAUSA
word-paused-over = EN PAUSA  EXCEDIDO EN { $time }
word-paused-time = EN PAUSA  TIEMPO
word-paused-last = EN PAUSA  ÚLTIMO MINUTO
word-over = EXCEDIDO EN { $time }
compact-paused-over = EN PAUSA · EXCEDIDO EN { $time }

## La cuenta atrás de un punto del orden del día

item-planned = de { $minutes } min previstos
item-planned-word = DE { $minutes } MIN

## Antes del primer punto, y después del último

stage-items = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
stage-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
stage-plan = { $items } · { $groups } · { $time } previstas
stage-carried = { $count ->
    [one] { $count } compromiso anterior a seguir en el punto { $item }
   *[other] { $count } compromisos anteriores a seguir en el punto { $item }
}
stage-press = Pulse{" "}
stage-to-begin = {" "}para empezar: { $title }
stage-ended = SESIÓN TERMINADA
stage-in-all = { $time } en total (previstas { $planned })
stage-commitments-recorded = { $count ->
    [one] { $count } compromiso anotado · 2 para revisarlos · c para añadir uno
   *[other] { $count } compromisos anotados · 2 para revisarlos · c para añadir uno
}
stage-saved-in = Guardado en { $path }

## La presentación de los grupos: el grupo que presenta, su relator, la cola

stage-group-of = Grupo { $place } de { $count }: { $name }
stage-absent = { $name } (ausente)
stage-presenter = Relator:{" "}
stage-next = después: { $name }
card-presenter = Relator{" "}
queue-heading = Cola · { $status }
queue-left = quedan { $time }
queue-over = excedido en { $time }
queue-all-presented = todos los grupos han presentado
queue-to-go = { $count ->
    [one] falta { $count } grupo
   *[other] faltan { $count } grupos
}
queue-spare = { $time } de margen
queue-short = faltan { $time }
queue-absent = ausente
queue-now = ▶ ahora
queue-waiting = espera
queue-used-over = { $used } usados, excedido en { $over }
queue-used = { $used } usados
more-below = { $count } más ↓
more-above = { $count } más ↑
more-above-below = { $above } más ↑ · { $below } más ↓
more-right = { $count } más →
more-left = ← { $count } más
more-left-right = ← { $left } más · { $right } más →

## El programa junto al escenario, y los tipos de punto

rail-agenda = PROGRAMA
rail-plan-real = plan real
rail-started = Inicio
rail-plan-end = Fin previsto
rail-now-ends = Fin estimado
rail-ended = Terminó
rail-planned = Previsto { $time }
kind-plenary = Plenaria
kind-breakout = Grupos
kind-report-back = Presentaciones
kind-action-planning = Plan de acción
kind-break = Pausa
kind-closing = Cierre
kind-follow-up = Seguimiento

## La relectura de lo acordado (vista 6)

readback-by = para el { $date }
readback-none = RELECTURA · Aún no hay compromisos: c anota uno (qué, quién, para cuándo)
readback-one = RELECTURA · { $place } de { $count } · uno a la vez
readback-page = { $count ->
    [one] RELECTURA · página { $page } de { $pages } · compromiso { $shown } de { $count }
   *[other] RELECTURA · página { $page } de { $pages } · compromisos { $shown } de { $count }
}
status-open = abierto
status-in-progress = en curso
status-done = hecho
status-dropped = abandonado

## El resumen una vez terminada la sesión

summary-ended = SESIÓN TERMINADA · { $elapsed } de { $planned } previstas · { $against }
summary-presentations = PRESENTACIONES
summary-used = usado
summary-budget = plan
summary-over = exceso
summary-exports = EXPORTAR
summary-outcome = el documento final (Markdown)
summary-calendar = los plazos como calendario (.ics)
summary-written = escrito: { $path }
summary-beside = junto al archivo de la sesión
summary-by-owner = COMPROMISOS POR RESPONSABLE ({ $count })
summary-followed-up = SEGUIDOS ({ $count })
summary-not-discussed = no tratado
summary-re-agreed = reacordado como { $id }
summary-more-carried = … { $count } más seguidos (todos en el documento final)
summary-none = Ninguno anotado: c anota uno
summary-more-owners = { $count ->
    [one] … { $count } responsable más: 2 lista todos los compromisos
   *[other] … { $count } responsables más: 2 lista todos los compromisos
}

## La ayuda de teclas (?): cada apartado y lo que hace cada tecla

scope-start = Antes de empezar la sesión
scope-timer = Durante las presentaciones
scope-breakout = Durante el trabajo en grupos
scope-notes = En las notas (3)
scope-note = En la nota elegida (3)
scope-follow-up = Durante un punto de seguimiento
scope-commitments = En la tabla de compromisos (2)
scope-people = En la lista de personas (4)
scope-plan-items = En el plan (5), el orden del día
scope-plan-groups = En el plan (5), el orden de las presentaciones
scope-picker = Al elegir dónde archivar un compromiso
scope-read-back = En la relectura (6)
scope-closing = Durante el cierre
scope-summary = En el resumen, una vez terminada la sesión
scope-running = Mientras dura la sesión
scope-everywhere = En todas partes
scope-always = Siempre, también al elegir un lugar
help-shown = Mientras se muestran estas teclas
help-scroll-up = desplazar estas teclas hacia arriba
help-scroll-down = desplazar estas teclas hacia abajo (cualquier otra tecla las cierra)
help-page-up = una página arriba
help-page-down = una página abajo
help-start-start-session = empezar la sesión (primer punto del orden del día y reloj de la sesión)
help-timer-toggle-timer = iniciar / pausar el temporizador del relator
help-timer-next-group = grupo siguiente (detiene el reloj del relator anterior)
help-timer-prev-group = grupo anterior
help-breakout-next-group = ficha del grupo siguiente
help-breakout-prev-group = ficha del grupo anterior
help-timer-reset-timer = reiniciar el temporizador del relator (pregunta)
help-follow-up-record-status = anotar el estado siguiente: abierto → en curso → hecho → abandonado
help-follow-up-next-carried = compromiso siguiente
help-follow-up-prev-carried = compromiso anterior
help-follow-up-owner-timer = iniciar / pausar los 2 minutos del responsable
help-commitments-up = elegir el compromiso anterior
help-commitments-down = elegir el compromiso siguiente
help-commitments-edit = editar el compromiso elegido
help-commitments-cycle-status = estado siguiente: abierto → en curso → hecho → abandonado
help-commitments-cycle-status-back = estado anterior, tras una s de más
help-commitments-delete-commitment = borrar el compromiso elegido (pregunta; se guarda tachado) o restaurarlo
help-commitments-move-commitment = archivar el compromiso elegido bajo otro punto o grupo
help-notes-up = elegir la nota anterior
help-notes-down = elegir la nota siguiente
help-note-edit = corregir la nota elegida
help-note-delete-note = borrar la nota elegida (pregunta; se guarda tachada) o restaurarla
help-plan-items-up = elegir el punto anterior
help-plan-items-down = elegir el punto siguiente
help-plan-items-move-earlier = adelantar el punto elegido (solo se mueven los puntos por venir)
help-plan-items-move-later = atrasar el punto elegido
help-plan-items-lengthen = prever un minuto más para el punto elegido
help-plan-items-shorten = prever un minuto menos para el punto elegido
help-plan-items-add-to-plan = añadir un punto después del elegido
help-plan-items-take-out = quitar el punto elegido del orden del día (pregunta; no uno ya pasado)
help-plan-items-plan-switch = al orden de las presentaciones
help-plan-groups-up = elegir el grupo anterior
help-plan-groups-down = elegir el grupo siguiente
help-plan-groups-move-earlier = el grupo elegido presenta antes
help-plan-groups-move-later = el grupo elegido presenta después
help-plan-groups-add-to-plan = añadir un grupo que llega tarde: nombre, relator, tema
help-plan-groups-take-out = marcar el grupo elegido como ausente (se salta en las presentaciones), o de vuelta
help-plan-groups-plan-switch = al orden del día
help-picker-up = el lugar de arriba
help-picker-down = el lugar de abajo
help-picker-choose = archivar el compromiso aquí
help-picker-back = dejarlo donde está
help-read-back-read-next = el compromiso siguiente, o la página siguiente
help-read-back-read-previous = el compromiso anterior, o la página
help-read-back-read-mode = uno a la vez, o una página a la vez
help-closing-show-read-back = releer lo acordado, en letra grande (también en el proyector)
help-summary-export-outcome = escribir el documento final (Markdown) junto al archivo de la sesión
help-summary-export-calendar = escribir los plazos como calendario (.ics) junto al archivo de la sesión
help-people-up = elegir la persona anterior
help-people-down = elegir la persona siguiente
help-people-disconnect = desconectar a la persona elegida
help-running-next-item = punto siguiente (tras el último: terminar la sesión, pregunta)
help-running-prev-item = punto anterior
help-running-add-time = añadir 30 s al temporizador mostrado (relator, o cuenta atrás del punto)
help-running-remove-time = quitar 30 s al temporizador mostrado
help-everywhere-new-commitment = nuevo compromiso: acción, responsable, plazo
help-everywhere-new-note = nueva nota para este punto y grupo
help-everywhere-show-stage = el escenario
help-everywhere-show-commitments = la tabla de compromisos
help-everywhere-show-notes = las notas
help-everywhere-show-people = quién se conectó (relatores de notas y espectadores)
help-everywhere-show-plan = el plan: cambiar el orden del día y el de las presentaciones en directo
help-everywhere-show-read-back = la relectura: los compromisos en letra grande, para leerlos a la sala
help-everywhere-toggle-projector = modo proyector: solo lo esencial, en letra muy grande
help-everywhere-toggle-mute = silenciar / activar el timbre
help-everywhere-back = salir del modo proyector, o volver al escenario
help-always-help = estas teclas
help-everywhere-quit = salir (pregunta si hay un temporizador en marcha o cambios sin guardar)
help-always-interrupt = salir con seguridad en cualquier momento

help-title = Teclas · cualquier tecla cierra
help-title-more = Teclas · ↓ { $count } más · otra tecla cierra
help-title-back = Teclas · ↑ volver arriba · otra tecla cierra

## Un punto de seguimiento: los compromisos de sesiones anteriores, uno a uno

follow-up-progress = { $place } de { $count } · { $clock }
follow-up-none = No se trajo ningún compromiso anterior. Empiece un seguimiento con: plenary run AGENDA --follow-up SESION.json
follow-up-due = plazo { $date }
follow-up-due-moved = plazo { $was } → { $date } ({ $count ->
    [one] aplazado una vez
   *[other] aplazado { $count } veces
})
follow-up-overdue = { $count ->
    [one] { $count } día de retraso
   *[other] { $count } días de retraso
}
follow-up-agreed-on = acordado en «{ $title }», { $date }
follow-up-agreed = acordado en «{ $title }»
follow-up-now = Ahora:
follow-up-not-recorded = aún sin anotar
follow-up-saved-to = guardado en { $file }
follow-up-writing-back = guardando
follow-up-settling = se guarda en { $seconds } s (tiempo para corregir)
follow-up-owner-ready = Tiempo del responsable: 2:00 · t para empezar
follow-up-owner-paused = Tiempo del responsable: { $time } (en pausa)
follow-up-owner-time = Tiempo del responsable: { $time }
follow-up-was = estaba { $status }
follow-up-what-said = lo que se dijo
follow-up-re-agree = volver a acordar
follow-up-next-previous = compromisos

## La cabecera

header-session = sesión { $time }
header-not-started = sin empezar
header-joined = { $count ->
    [one] { $count } conectado
   *[other] { $count } conectados
}
header-bell-off = timbre apagado
drift-on-time = a tiempo
drift-behind = { $minutes } min de retraso
drift-ahead = { $minutes } min de adelanto

## Las teclas como las nombra el pie, y lo que hacen en pocas palabras

key-space = Espacio
key-enter = Intro
key-esc = Esc
key-home = Inicio
key-end = Fin
key-page-up = RePág
key-page-down = AvPág
key-shift-tab = Mayús-Tab
footer-start = empezar
footer-start-pause = iniciar / pausa
footer-groups = grupos
footer-status = estado
footer-commitments = compromisos
footer-owners-timer = temporizador del responsable
footer-select = elegir
footer-edit = editar
footer-delete = borrar
footer-file-under = archivar
footer-move = mover
footer-minutes = minutos
footer-add = añadir
footer-take-out = quitar
footer-absent = ausente
footer-agenda = orden del día
footer-choose = elegir
footer-file-here = archivar aquí
footer-cancel = cancelar
footer-next = siguiente
footer-back = atrás
footer-one-page = uno a uno / por página
footer-read-back = relectura
footer-outcome = documento final
footer-calendar = calendario
footer-disconnect = desconectar
footer-items = puntos
footer-time = tiempo
footer-commitment = compromiso
footer-details = detalles
footer-note = nota
footer-help = ayuda
footer-quit = salir

## El campo de plazo: la fecha entendida, o por qué no

deadline-understood = → { $date }
deadline-empty = escriba una fecha, p. ej. 31/03/2027, dentro de 3 meses, fin de junio, el próximo viernes
deadline-unknown = «{ $text }» no es una fecha que entienda; pruebe 31/03/2027, 31 de marzo de 2027, dentro de 2 semanas, fin de mes
deadline-impossible = «{ $text }» no es una fecha real
deadline-long-past = el { $date } fue hace más de un año: revise el año (un plazo está por venir)
