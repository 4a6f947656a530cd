### The facilitator's console and the note-taker's screens beyond the stage: forms, questions,
### confirmations on the status line, the lists (2, 3, 4), people, plan.

## The questions asked before something that cannot be taken back (y / n)

confirm-title = Confirmar
confirm-yes-key = s
confirm-yes = sí
confirm-no = no
confirm-reset = ¿Reiniciar el temporizador de { $group } a { $time }? Se olvida el tiempo ya usado.
confirm-the-group = este grupo
confirm-quit-running = Hay un temporizador en marcha. ¿Salir de todos modos? Sigue contando si vuelve a abrir esta sesión antes de { $minutes } minutos; si tarda más, espera en pausa hasta que pulse Espacio.
confirm-quit-item = ¿Salir de todos modos? El reloj de «{ $title }» está contando: sigue mientras plenary está cerrado y el tiempo aparece al volver a abrir la sesión.
confirm-this-item = este punto
confirm-quit-form = ¿Salir y descartar el formulario abierto? Todo lo demás está guardado.
confirm-quit-form-kept = ¿Salir? Lo que escribió en el formulario abierto se guarda y se vuelve a abrir cuando se una de nuevo con el mismo nombre.
confirm-quit-form-kept-unsaved = { $count ->
    [one] ¿Salir? { $count } cambio aún no está guardado ({ $list }): se conserva para su próxima conexión con el mismo nombre, con lo que escribió en el formulario abierto.
   *[other] ¿Salir? { $count } cambios aún no están guardados ({ $list }): se conservan para su próxima conexión con el mismo nombre, con lo que escribió en el formulario abierto.
}
confirm-end-session = Era el último punto del orden del día. ¿Terminar la sesión?
confirm-delete-commitment = ¿Eliminar { $id }? Queda en el archivo, tachado, y d lo restaura.
confirm-disconnect = ¿Desconectar a { $who }? Su pantalla indicará que quien facilita cerró su conexión.
confirm-delete-note = ¿Eliminar esta nota? Queda en el archivo, tachada, y d la restaura.
confirm-remove-item-editing = ¿Quitar «{ $title }» del orden del día? Su tiempo sale del plan; el archivo lo conserva hasta que guarde.
confirm-remove-item = ¿Quitar «{ $title }» del orden del día? Su tiempo sale del plan; el cambio queda registrado.
confirm-leave-running = Hay un temporizador en marcha. ¿Detenerlo y pasar a «{ $title }»?
confirm-the-next-item = el punto siguiente
confirm-groups-waiting-move = { $count ->
    [one] { $count } grupo aún no ha presentado: { $names }. ¿Pasar de todos modos a «{ $title }»?
   *[other] { $count } grupos aún no han presentado: { $names }. ¿Pasar de todos modos a «{ $title }»?
}
confirm-groups-waiting-end = { $count ->
    [one] { $count } grupo aún no ha presentado: { $names }. ¿Terminar la sesión de todos modos?
   *[other] { $count } grupos aún no han presentado: { $names }. ¿Terminar la sesión de todos modos?
}
confirm-quit-unsaved = Los últimos cambios NO están en el disco (el aviso de abajo dice por qué). ¿Salir de todos modos? Se escribe entonces una copia de rescate donde el disco lo permita, y el último mensaje dice dónde. n mantiene la sesión abierta y sigue intentándolo.

## The forms: the commitment (c), the note (n), the plan's (5 a), the follow-up (e)

form-new-commitment = Nuevo compromiso
form-edit-commitment = Editar el compromiso { $id }
form-from = Origen
form-action = Acción
form-owner = Responsable
form-deadline = Plazo
form-action-hint = qué se hará, en concreto
form-owner-hint = quién: persona, ministerio, organización
form-deadline-hint = para cuándo: 31/03/2027, en 3 meses, fin de junio, +2 sem.
form-past-deadline = { $date } ya pasó: Intro otra vez para mantenerla, o cámbiela
form-merged = { $by } cambió este compromiso mientras usted lo editaba. Se conserva lo que usted cambió, el resto es suyo; su texto está bajo cada campo que difiere: { $take } toma uno u otro, Intro guarda sobre su versión.
form-before-their-change = antes de su cambio:{" "}
form-yours = el suyo:{" "}
form-theirs = { $by }:{" "}
form-note = Nota
form-correct-note = Corregir la nota
form-note-hint = lo que se dijo, decidió o preguntó
form-discard = ¿Descartar lo que escribió?
plan-form-add-group = Añadir un grupo tardío
plan-form-add-item = Añadir un punto en el lugar { $place }
plan-form-group = Grupo
plan-form-presenter = Relator
plan-form-topic = Tema
plan-form-title = Título
plan-form-kind = Tipo
plan-form-minutes = Minutos
plan-form-group-hint = el nombre del grupo
plan-form-presenter-hint = quién presenta
plan-form-topic-hint = sobre qué informa
plan-form-group-minutes-hint = los minutos por relator de la sesión
plan-form-title-hint = qué hace la sala
plan-form-minutes-hint = cuánto dura, p. ej. 10
plan-form-not-minutes = «{ $minutes }» no es un número de minutos: escriba p. ej. 5
plan-form-how-many = ¿cuántos minutos? p. ej. 10
carried-form-title = Seguimiento de { $id }
carried-form-status = Estado
carried-form-said = Lo dicho
carried-form-said-hint = lo que dijo el responsable: qué se hizo, qué lo frena
carried-form-deadline-hint = una fecha nueva si se renegoció: 30/06/2027, fin de junio
carried-form-owner-hint = quién es responsable desde ahora
carried-form-new-deadline = Nuevo plazo → { $date }
leftover-commitment = el formulario de compromiso abierto no se guardó; contenía: { $typed }
leftover-note = el formulario de nota abierto no se guardó; contenía: { $typed }
leftover-plan = el formulario del plan abierto no se guardó; contenía: { $typed }
leftover-follow-up = el formulario de seguimiento abierto no se guardó; contenía: { $typed }

## Footer words of the forms, the suggestions, a commitment in full and the note-taker

footer-apply = aplicar
footer-save = guardar
footer-next-field = campo siguiente
footer-theirs-yours = otra/suya
footer-discard = descartar
footer-keep-it = conservar
footer-pick = elegir
footer-take-owner = tomar nombre
footer-keep-as-typed = dejar como está
footer-take-it = tomar
footer-scroll = desplazar
footer-this-item = este punto
footer-all-commitments = todos los compromisos
footer-notes = notas
footer-yours = los suyos

## The status line: what an action did, or why it was refused

said-session-started = Sesión iniciada: { $title }
said-bell-muted = Campana silenciada
said-bell-on = Campana activada
said-timer-reset = Temporizador reiniciado a { $time }
said-session-ended = Sesión terminada. Aún se pueden añadir compromisos; q para salir.
said-disconnected = { $who } desconectado
said-deleting = { $id }: eliminando…
said-deleted = { $id } eliminado ✓ (tachado; d lo restaura)
said-restoring = { $id }: restaurando…
said-restored = { $id } restaurado ✓
said-status-saving = { $id } ahora está «{ $status }»: guardando…
said-status = { $id } ahora está «{ $status }» ✓
said-filing = { $id }: archivando en { $place }…
said-filed = { $id } archivado en { $place } ✓
said-taking-off = Quitando «{ $title }»…
said-taken-off = «{ $title }» quitado del orden del día ✓
said-planned-for = «{ $title }» previsto para { $minutes } min
said-marked-absent = «{ $name }» marcado ausente: se salta en las presentaciones
said-back-in = «{ $name }» vuelve a las presentaciones
said-commitment = Compromiso
said-commitment-saving = Compromiso { $id }: guardando…
said-commitment-recorded = Compromiso { $id } registrado ✓
said-commitment-recorded-queued = Compromiso registrado ✓
said-commitment-updating = Compromiso: guardando…
said-commitment-updated = Compromiso actualizado ✓
said-group-adding = Grupo añadido: guardando…
said-group-added = Grupo añadido ✓
said-item-adding = Punto añadido: guardando…
said-item-added = Punto añadido ✓
said-note-saving = Nota: guardando…
said-note-recorded = Nota registrada ✓
said-correction = Corrección
said-note-corrected = Nota corregida ✓
said-restoring-note = Restaurando la nota
said-restoring-note-saving = Restaurando la nota…
said-note-restored = Nota restaurada ✓
said-deleting-note = Eliminando la nota
said-deleting-note-saving = Eliminando la nota…
said-note-deleted = Nota eliminada ✓ (tachada; d la restaura)
said-carried-saving = { $id }: { $status }, guardando…
said-carried = { $id }: { $status } ✓ (e: lo que dijo el responsable)
said-re-agreeing = { $old } reacordado como { $new }: guardando…
said-re-agreed = { $old } reacordado como { $new } de esta sesión ✓ (cuenta una vez, como { $new })
said-id-saving = { $id }: guardando…
said-what-was-said = { $id }: lo dicho queda registrado ✓
said-sending = { $what }: enviando…
said-link-down = { $what }: en espera, la conexión está caída; se envía en cuanto vuelva
said-written = { $what } escrito: { $path } ✓
refused-not-written = { $what } no escrito: { $why }
export-outcome = Documento final
export-csv = Archivo de compromisos (CSV)
export-calendar = Calendario de plazos
refused-not-started = La sesión aún no ha empezado: Intro para empezar
refused-ended = La sesión ha terminado
refused-no-groups = Este orden del día no tiene grupos
refused-no-presenter-timer = No hay temporizador de relator en este punto; ] pasa a las presentaciones
refused-no-timer-to-reset = No hay temporizador de relator que reiniciar en este punto
refused-last-group = Era el último grupo; ] pasa al punto siguiente
refused-first-group = Este es el primer grupo
refused-first-item = Este es el primer punto del orden del día
refused-time-before-start = + y - cambian el temporizador mostrado cuando la sesión está en marcha: Intro para empezar
refused-time-ended = La sesión ha terminado: no hay temporizador que cambiar
refused-none-carried = No se trajo ningún compromiso anterior (plenary run AGENDA --follow-up SESSION)
refused-last-carried = Era el último compromiso; ] pasa al punto siguiente
refused-first-carried = Este es el primer compromiso
refused-picking = Intro archiva el compromiso en el lugar marcado ›; Esc lo deja donde está
refused-no-commitments-c = Aún no hay compromisos: c registra uno
refused-no-commitments = Aún no hay compromisos
refused-no-commitment-selected = Ningún compromiso seleccionado
refused-no-note-n = Aún no hay notas aquí; n escribe una
refused-not-your-note = No es su nota: puede corregir o eliminar las notas que usted escribió
refused-no-note-to-correct = No hay nota que corregir aquí; n escribe una
refused-no-note-to-delete = No hay nota que eliminar aquí
refused-note-deleted = Esta nota fue eliminada: d la restaura primero
refused-viewer = Se unió como observador: puede mirar, no cambiar
refused-facilitators = El orden del día y los temporizadores son de quien facilita; usted añade notas y compromisos
refused-facilitators-key = { $key } ({ $does }) es aquí una tecla de quien facilita
refused-running-key-ended = La sesión ha terminado: { $key } ({ $does }) solo sirve durante una sesión
refused-status-first = { $id } está abierto, el primer estado: S retrocede desde en curso, hecho o abandonado
refused-deleted-d = { $id } fue eliminado: d lo restaura antes de cambiarlo
refused-deleted-facilitator = { $id } fue eliminado: solo quien facilita puede restaurarlo
refused-already-first = Ya es el primero
refused-already-last = Ya es el último
refused-nothing-to-read-back = Aún no hay compromisos que leer: c registra uno
refused-last-commitment = Es el último compromiso; Esc para volver
refused-last-page = Es la última página; Esc para volver
refused-first-commitment = Este es el primer compromiso
refused-first-page = Esta es la primera página

## The note-taker's own changes (4), and what is not yet on the facilitator's disk

mine-not-yet-saved = { $count ->
    [one] { $count } sin guardar aún: { $list }
   *[other] { $count } sin guardar aún: { $list }
}
mine-note = nota «{ $text }»
mine-commitment = compromiso «{ $text }»
mine-edit = edición de { $id }
mine-move = traslado de { $id }
mine-deletion = eliminación de { $id }
mine-restored = { $id } restaurado
mine-note-correction = corrección de nota
mine-note-deletion = eliminación de nota
mine-note-restored = nota restaurada
mine-change = cambio
mine-since-changed-by = (cambiado después por { $who })
mine-since-changed = (cambiado después)

## The commitments table (2) and a commitment in full (v)

list-commitments = {" "}COMPROMISOS ({ $count })
list-commitments-deleted = { $deleted ->
    [one] {" "}COMPROMISOS ({ $count } · { $deleted } eliminado)
   *[other] {" "}COMPROMISOS ({ $count } · { $deleted } eliminados)
}
list-commitments-deleted-d = { $deleted ->
    [one] {" "}COMPROMISOS ({ $count } · { $deleted } eliminado, d restaura)
   *[other] {" "}COMPROMISOS ({ $count } · { $deleted } eliminados, d restaura)
}
list-no-commitments = Aún no hay compromisos.
list-no-commitments-c = Aún no hay compromisos. c registra uno: qué, quién, para cuándo.
list-id = ID
list-what = Acción
list-owner = Responsable
list-owner-from = Responsable/origen
list-owner-short = Quién
list-owner-from-short = Quién/origen
list-deadline = Plazo
list-from = Origen
list-status = Estado
list-saving = (enviando…)
list-deleted = eliminado
list-re-agreed = reacordado
list-commitments-range = {" "}compromisos { $first }–{ $last } de { $count }{ $arrows }{" "}
detail-title = { $id } · { $place } de { $count }
detail-recorded = Registrado
detail-by = por { $who }{ $time }, { $date }
detail-at = {" "}a las { $time }
detail-deleted = eliminado (se conserva, tachado en la tabla)
detail-agreed-again-at = reacordado en { $at } como { $id }
detail-agreed-again = reacordado como { $id }
detail-first-agreed = acordado primero: { $date }
detail-today = hoy
detail-tomorrow = mañana
detail-overdue-by = con { $span } de retraso
detail-ago = hace { $span }
detail-in = en { $span }
detail-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
detail-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
detail-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
detail-no-history = Historial: ningún cambio desde que se registró
detail-history = { $count ->
    [one] Historial ({ $count } cambio, del más antiguo)
   *[other] Historial ({ $count } cambios, del más antiguo)
}
detail-more = { $count } más ↓
picker-title = {" "}Archivar { $id } en…{" "}
picker-now = {" "}(actual)

## The notes (3)

notes-heading-none = {" "}NOTAS · { $place }
notes-heading = {" "}NOTAS ({ $count }) · { $place }
notes-heading-deleted = { $deleted ->
    [one] {" "}NOTAS ({ $count } · { $deleted } eliminada) · { $place }
   *[other] {" "}NOTAS ({ $count } · { $deleted } eliminadas) · { $place }
}
notes-none = Aún no hay notas aquí.
notes-none-n = Aún no hay notas aquí. n para escribir una.
notes-range = {" "}notas { $first }–{ $last } de { $count }{ $arrows }{" "}

## The people who joined (4)

people-joined = {" "}CONECTADOS ({ $count })
people-shared = compartido con el grupo { $group }
people-not-shared = no compartido: solo su cuenta
people-cannot-join = Quienes toman notas no pueden conectarse ahora: { $why }
people-nobody-private = Nadie se ha conectado. Solo su propia cuenta puede conectarse: para dejar entrar a quienes toman notas de un grupo, salga y vuelva a lanzar con --allow-group GRUPO.
people-nobody = Nadie se ha conectado. Quienes toman notas lanzan `plenary join` en esta máquina (ssh -t HOST plenary join).

## The plan (5)

plan-heading = {" "}EL PLAN · cada cambio queda registrado y se muestra a quienes toman notas
plan-heading-editing = {" "}EL PLAN · horas de inicio · Intro edita la fila elegida · w guarda
plan-heading-editing-offsets = {" "}EL PLAN · tiempos desde el inicio · Intro edita la fila elegida · w guarda
plan-agenda = ORDEN DEL DÍA, EN ORDEN
plan-report-back-order = ORDEN DE LAS PRESENTACIONES
plan-taken-out = quitado
plan-absent = ausente
plan-presented = presentó
plan-no-groups = Ningún grupo
plan-no-groups-editing = Aún no hay grupos: Tab aquí, luego a añade uno
plan-changed-live = {" "}Cambiado en directo
plan-more = { $heading } · { $count } más, ↑↓ para ver

## The note-taker's screen (plenary join), and their own list (4)

join-too-small = Terminal demasiado pequeña; agrande la ventana. Sus notas se conservan.
join-not-kept = NO SE CONSERVA si esta ventana se cierra: { $why }
join-live = ● en directo
join-not-answering = ○ el plenary de quien facilita no responde ({ $seconds } s): lo que envió se conserva
join-reconnecting = ○ reconectando…
join-ended = ■ sesión terminada
join-closed-for-now = ○ cerrado por ahora, esperando…
join-unsaved-short = { $count } sin guardar · 4 lista
join-waiting = {" "}esperando la sesión…
join-state-ended = terminada
join-state-not-started = aún no ha empezado
join-presenter = {" "}· relator { $name }{" "}
role-facilitator = quien facilita
role-note-taker = toma de notas
role-viewer = observador
mine-heading-none = {" "}SUYOS · nada enviado en esta conexión
mine-heading-saved = {" "}SUYOS ({ $count }) · todo guardado ✓ en el disco de quien facilita
mine-heading = {" "}SUYOS ({ $count }) · { $unsaved } sin guardar aún
mine-sending = … enviando
mine-not-sent = ○ aún no enviado
mine-saved = ✓ guardado { $time }

## Why the record refused a change, beside a form's field or on the status line

refusal-not-started = la sesión aún no ha empezado: Intro para empezar
refusal-already-started = la sesión ya ha empezado
refusal-ended = la sesión ha terminado
refusal-no-groups = este orden del día no tiene grupos
refusal-empty-action = la acción está vacía: escriba qué se hará
refusal-empty-owner = el responsable está vacío: escriba quién lo hará
refusal-empty-note = la nota está vacía: escriba lo que se dijo
refusal-empty-group = el nombre del grupo está vacío: escriba el nombre del grupo
refusal-empty-title = el título está vacío: escriba el título del punto
refusal-too-long = demasiado largo para { $field } ({ $len } caracteres; como máximo { $max })
refusal-line-break = salto de línea en { $field } ({ $code }) — manténgalo en una línea
refusal-control = carácter de control en { $field } ({ $code }) — quítelo
refusal-past-deadline = el plazo { $date } ya pasó: confirme para mantenerlo
refusal-long-past = el plazo { $date } es de hace más de un año: revise el año
refusal-new-deadline-past = el nuevo plazo { $date } ya pasó: dé una fecha a partir de hoy
refusal-deadline-without-note = un plazo nuevo necesita una nota que diga por qué cambió
refusal-conflict = { $by } cambió este compromiso mientras usted lo editaba; su texto se conserva
refusal-status-moved = { $by } ya pasó { $id } a «{ $status }»
refusal-minutes = { $minutes } minutos: planifique de 1 a { $max } minutos
refusal-group-taken = ya hay un grupo «{ $name }»
refusal-no-item = no hay punto { $number } en el orden del día
refusal-no-group = no hay grupo { $number }
refusal-no-commitment = no hay compromiso { $id }
refusal-no-carried = no hay compromiso traído { $number }
refusal-no-note = no hay nota { $number }
refusal-not-live = esta sesión no tiene registro en vivo; iníciela con `plenary run`
refusal-deadline-range = el plazo { $date } está fuera de rango: indique una fecha del { $first } al { $last }
refusal-session-full = esta sesión contiene todo lo que una sesión puede guardar (24 MiB de notas y compromisos, o mil millones de cambios): empiece una sesión nueva para continuar
field-action = la acción
field-owner = el responsable
field-deadline = el plazo
field-note = la nota
field-name = su nombre
field-group-name = el nombre del grupo
field-presenter = el relator
field-topic = el tema
field-title = el título
field-minutes = los minutos

## The keys overlay (?): the forms', the owner suggestions', a commitment in full's, the note-taker's

help-form = En un formulario
help-form-fields = En un formulario de varios campos
help-form-choice = En un campo de opciones
help-form-merge = Tras un conflicto de edición
help-form-discard = Cuando se pregunta si descartar lo escrito
help-form-take-theirs = tras un conflicto: este campo toma su texto, o recupera el suyo
help-form-next = campo siguiente
help-form-previous = campo anterior
help-form-save = guardar
help-form-cancel = cancelar (pregunta si se perdería texto escrito)
help-form-choice-next = opción siguiente (o su primera letra)
help-form-choice-previous = opción anterior
help-form-clear = vaciar el campo, para escribirlo de nuevo
help-form-quit = salir (pregunta si se perdería texto escrito)
help-form-quit-discard = salir descartando el texto escrito
help-form-throw-away = descartar el texto escrito
help-form-keep-typing = seguir escribiendo
help-owners = Cuando se proponen responsables
help-owners-previous = resaltar el responsable propuesto anterior
help-owners-next = resaltar el responsable propuesto siguiente
help-owners-take = tomar el responsable resaltado y pasar al plazo
help-owners-keep = cerrar las propuestas y dejar el responsable como está escrito
help-detail = Un compromiso completo (v en la tabla)
help-detail-up = desplazar hacia arriba (k también)
help-detail-down = desplazar hacia abajo (j también)
help-detail-before = el compromiso anterior
help-detail-after = el compromiso siguiente
help-detail-back = volver a la tabla (v también)
help-client-page-up = ocho compromisos más arriba
help-client-page-down = ocho compromisos más abajo
help-client-first = el primer compromiso
help-client-last = el último compromiso
help-client-details = el compromiso elegido completo, con quién lo registró y su historial
help-client-notes-up = ocho notas más arriba
help-client-notes-down = ocho notas más abajo
help-client-first-note = la primera nota
help-client-last-note = la última nota
help-client-this-item = las notas y compromisos de este punto
help-client-all-commitments = todos los compromisos
help-client-notes = las notas de este punto: corregir o eliminar las suyas
help-client-yours = los suyos: cada nota y compromiso enviado, guardado ✓ en el disco de quien facilita o aún no
help-client-back = volver a este punto
help-client-quit = salir (lo que aún no está confirmado se conserva para la próxima conexión)
help-client-interrupt = salir en cualquier momento
help-client-read-notes = las notas de este punto, para leerlas todas
help-client-correct = corregir la nota elegida (una suya)
help-client-delete-note = eliminar la nota elegida, una suya (pregunta; se conserva, tachada) o restaurarla
help-follow-up-open = registrar: sigue abierto
help-follow-up-in-progress = registrar: en curso
help-follow-up-done = registrar: hecho
help-follow-up-dropped = registrar: abandonado
help-follow-up-form = lo que dijo el responsable, un plazo nuevo, un responsable nuevo
help-follow-up-re-agree = acordarlo de nuevo como compromiso de esta sesión (cuenta una vez)

## A key pressed where it does nothing: where it works

works-in = { $key } ({ $does }) sirve { $place }
works-in-places = { $key } sirve { $places } y { $last }
where-start = antes de empezar la sesión
where-timer = durante las presentaciones
where-breakout = durante el trabajo en grupos
where-notes = en las notas (3)
where-note = en una nota elegida en las notas (3), solo las propias para quien toma notas
where-follow-up = durante un punto de seguimiento
where-commitments = en la tabla de compromisos (2)
where-people = en la lista de conectados (4)
where-plan-items = en el plan (5), en el orden del día
where-plan-groups = en el plan (5), en el orden de las presentaciones
where-picker = al elegir dónde archivar un compromiso (f en la vista 2)
where-read-back = en la relectura (6)
where-closing = durante el punto de cierre
where-summary = en el resumen, una vez terminada la sesión
where-running = una vez iniciada la sesión (Intro), hasta que termine
where-everywhere = en todas partes

## What the running console and the note-taker's link say on the status line

client-lost = Se perdió la sesión de quien facilita; reconectando. Sus notas se conservan y se enviarán.
client-not-let-in = Aún sin acceso, se intenta de nuevo: { $why }
client-closed = La sesión cerró esta conexión: { $why }. Ya no se envía nada desde aquí; q para salir
client-joined-as = { $role ->
    [note-taker] Conectado para tomar notas
    [viewer] Conectado como observador
   *[other] Conectado para facilitar
}
client-kept = { $count ->
    [one] { $count } sin confirmar, conservado en los borradores de esta conexión.
   *[other] { $count } sin confirmar, conservados en los borradores de esta conexión.
}
client-ended = Sesión terminada: quien facilita la terminó y cerró plenary.{ $kept } q para salir
client-for-now = Quien facilita cerró plenary por ahora; esta pantalla se reconecta cuando se reanude la sesión compartida con usted (una sesión reanudada con --private no se puede unir: q sale).{ $kept }
client-not-recorded = No registrado: { $why }
news-noted = { $who } anotó: { $text }
news-commitment = { $id }: { $what }
news-recorded = { $who } registró { $what }
news-changed = { $who } cambió { $what }
news-field-action = la acción
news-field-owner = el responsable
news-field-deadline = el plazo
news-fields-and = { $first } y { $last }
news-fields-of = { $fields } de { $id }: { $what }
news-set = { $who } pasó { $id } a «{ $status }»
news-moved = { $who } movió { $what }
news-deleted = { $who } eliminó { $what }
news-restored = { $who } restauró { $what }
news-corrected = { $who } corrigió una nota: { $text }
news-deleted-note = { $who } eliminó una nota
news-restored-note = { $who } restauró una nota
console-not-written-back = Aún no se escribió en { $file }: { $why }; se intenta de nuevo
console-bell-failed = La orden de la campana no sonó ({ $why }); la campana de la terminal sigue funcionando
console-cannot-join = QUIENES TOMAN NOTAS NO PUEDEN CONECTARSE, se intenta de nuevo: { $why }
console-can-join-again = Quienes toman notas pueden volver a conectarse: su socket se había borrado y se volvió a crear ({ $path })
console-restored-form = Se restauró lo que dejó su plenary anterior: un formulario a medio escribir

## A field of choices (a status, an item's kind) typed into as if it were text

form-not-text-head = una opción, no texto
form-not-text = { $head }: ← → para elegir, o una primera letra: { $letters }; las letras escritas se ignoran hasta ← o →

## The session file on disk, when writing it meets trouble; a terminal too small

disk-out-of-step = NO GUARDADO: la copia guardada se desincronizó ({ $why }); salga para guardar desde la memoria
disk-journal-only = Guardado solo en el diario, se intenta de nuevo: el archivo no se puede reescribir: { $why } ({ $path })
disk-not-saved = NO GUARDADO, se conserva en memoria, se intenta de nuevo: { $why } ({ $path })
disk-folder-made-again = La carpeta de sesiones fue borrada: creada de nuevo, y la sesión reescrita en { $path }
disk-file-written-again = El archivo de la sesión fue borrado: escrito de nuevo en { $path }
disk-moved-aside = Otro archivo reemplazó el de esta sesión (se deja como está): ahora se guarda en { $path }
console-too-small = Terminal demasiado pequeña ({ $size }): plenary necesita { $needs }. Agrande la ventana; la sesión sigue en marcha.

## What was recorded of a carried commitment (the follow-up item), and a rehearsal's date

follow-up-said-deadline = plazo { $was } → { $now }
follow-up-said-owner = responsable → { $owner }
follow-up-said-re-agreed = reacordado como { $id }
stage-rehearsal = Este orden del día tiene fecha del { $planned }; hoy es { $today } — ¿un ensayo? Se registra con la fecha de hoy.

## A commitment deleted while it was being edited (nc14 #9)
kept-not-saved = No guardado: { $id } fue eliminado; lo que escribió se guarda en una nota
kept-someone = Alguien
kept-ask-restore = pida que lo restauren
kept-d-restores = d en 2 lo restaura
kept-deleted = { $who } eliminó { $id } a las { $at }; { $ask }. Lo que escribió se guarda aquí: Intro lo envía como nota; Esc pregunta antes de descartarlo.

## Who joined and left (the people view, 4), and what a merge took from whom
people-comings = LLEGADAS Y SALIDAS
people-joined-as = { $name } se unió ({ $role })
people-left-as = { $who } salió
people-left = { $name } salió
form-merge-and = { $rest } y { $last }
form-merge-from = { $fields } según { $by }
form-merge-from-you = { $fields } según usted
said-commitment-merged = Compromiso ({ $id }: { $merged })
said-commitment-merged-done = Compromiso actualizado ✓ ({ $id }: { $merged })
said-commitment-merged-saving = { $what }: guardando…
