### The facilitator's console and the note-taker's screens beyond the stage: forms, questions,
### confirmations on the status line, the lists (2, 3, 4), people, plan.

## The questions asked before something that cannot be taken back (y / n)

confirm-title = Confirmar
confirm-yes = sí
confirm-no = no
confirm-reset = ¿Reiniciar el temporizador de { $group } a { $time }? Se olvida el tiempo ya usado.
confirm-the-group = este grupo
confirm-quit-running = Hay un temporizador en marcha. ¿Salir de todos modos? Sigue contando si vuelve a abrir esta sesión antes de { $minutes } minutos; si tarda más, espera en pausa hasta que pulse Espacio.
confirm-quit-item = ¿Salir de todos modos? El reloj de «{ $title }» está contando: sigue mientras plenary está cerrado y el tiempo aparece al volver a abrir la sesión.
confirm-this-item = este punto
confirm-quit-form = ¿Salir y descartar el formulario abierto? Todo lo demás está guardado.
confirm-end-session = Era el último punto del orden del día. ¿Terminar la sesión?
confirm-delete-commitment = ¿Eliminar { $id }? Queda en el archivo, tachado, y d lo restaura.
confirm-disconnect = ¿Desconectar a { $who }? Su pantalla indicará que la facilitación cerró su conexión.
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
form-owner-hint = quién: una persona, un ministerio o una organización
form-deadline-hint = para cuándo: 31/03/2027, en 3 meses, fin de junio, +2w
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
carried-form-said = Dicho
carried-form-said-hint = lo que dijo el responsable: qué se hizo, qué lo frena
carried-form-deadline-hint = una fecha nueva si se renegoció: 30/06/2027, fin de junio
carried-form-owner-hint = quién es responsable desde ahora
carried-form-new-deadline = Nuevo plazo → { $date }
leftover-commitment = el formulario de compromiso abierto no se guardó; contenía: { $typed }
leftover-note = el formulario de nota abierto no se guardó; contenía: { $typed }
leftover-plan = el formulario del plan abierto no se guardó; contenía: { $typed }
leftover-follow-up = el formulario de seguimiento abierto no se guardó; contenía: { $typed }

## Footer words of the forms, the suggestions, a commitment in full and the note-taker

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
said-marked-absent = «{ $name }» marcado ausente: se salta en la puesta en común
said-back-in = «{ $name }» vuelve a la puesta en común
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
export-outcome = El documento de resultados
export-csv = Los compromisos (CSV)
export-calendar = El calendario de plazos
refused-not-started = La sesión aún no ha empezado: Intro para empezar
refused-ended = La sesión ha terminado
refused-no-groups = Este orden del día no tiene grupos
refused-no-presenter-timer = No hay temporizador de relator en este punto; ] pasa a la puesta en común
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
refused-facilitators = El orden del día y los temporizadores son de la facilitación; usted añade notas y compromisos
refused-facilitators-key = { $key } ({ $does }) es una tecla de la facilitación aquí
refused-running-key-ended = La sesión ha terminado: { $key } ({ $does }) solo sirve durante una sesión
refused-status-first = { $id } está abierto, el primer estado: S retrocede desde en curso, hecho o abandonado
refused-deleted-d = { $id } fue eliminado: d lo restaura antes de cambiarlo
refused-deleted-facilitator = { $id } fue eliminado: solo la facilitación puede restaurarlo
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
