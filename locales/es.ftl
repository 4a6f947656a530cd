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
more-below = +{ $count } más ↓
more-above = +{ $count } más ↑
more-above-below = +{ $above } más ↑ · +{ $below } más ↓
more-right = +{ $count } más →
more-left = ← +{ $count } más
more-left-right = ← +{ $left } más · +{ $right } más →

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
readback-page = RELECTURA · página { $page } de { $pages } · compromisos { $shown } de { $count }
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
summary-none = Ninguno anotado: c anota uno
summary-more-owners = { $count ->
    [one] … { $count } responsable más: 2 lista todos los compromisos
   *[other] … { $count } responsables más: 2 lista todos los compromisos
}

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
footer-one-page = uno / página
footer-read-back = relectura
footer-outcome = documento final
footer-calendar = calendario
footer-disconnect = desconectar
footer-items = puntos
footer-time = tiempo
footer-commitment = compromiso
footer-note = nota
footer-help = ayuda
footer-quit = salir

## El campo de plazo: la fecha entendida, o por qué no

deadline-understood = → { $date }
deadline-empty = escriba una fecha, p. ej. 31/03/2027, dentro de 3 meses, fin de junio, el próximo viernes
deadline-unknown = «{ $text }» no es una fecha que entienda; pruebe 31/03/2027, 31 de marzo de 2027, dentro de 2 semanas, fin de mes
deadline-impossible = «{ $text }» no es una fecha real
deadline-long-past = el { $date } fue hace más de un año: revise el año (un plazo está por venir)
