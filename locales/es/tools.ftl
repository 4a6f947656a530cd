### Review, the launcher, the agenda editor, and the command line: messages, errors, `check`.

## Review: the header, the sessions list, a session's record

review-too-small = Terminal demasiado pequeño para la revisión; agrande la ventana.
review-sessions = { $count ->
    [one] { $shown } sesión
   *[other] { $shown } sesiones
}
review-commitments = { $count ->
    [one] { $shown } compromiso
   *[other] { $shown } compromisos
}
review-unreadable = {" "}· { $count ->
    [one] { $count } ilegible
   *[other] { $count } ilegibles
}
review-no-sessions = No hay sesiones grabadas aquí. Inicie una con `plenary run AGENDA.json`, o indique archivos: `plenary review ARCHIVO...`.
review-col-date = Fecha
review-col-start = Hora
review-col-session = Sesión
review-col-people = Pers.
review-col-owed = Pend.
review-col-done = Hecho
review-col-overdue = Retraso
review-not-loaded = No cargados (sin tocar):
review-late-marks = día de retraso|días de retraso
review-thousands = .

## Review: the commitments board

board-of = {" "}mostrados: { $shown } de { $all } ·{" "}
board-any-status = cualquier estado
board-still-owed = pendientes
board-overdue-only = solo con retraso
board-due-within = { $days ->
    [one] vence en { $days } día
   *[other] vence en { $days } días
}
board-grouped = agrupados por responsable
board-by-deadline = por plazo
board-by-owner = por responsable
board-by-session = por sesión
board-session = sesión: { $title }
board-nothing = Nada coincide. Esc borra los filtros.
board-col-deadline = Plazo
board-col-late = Ret.
board-col-owner = Responsable
board-col-what = Qué
board-col-session = Sesión
board-col-status = Estado
board-late-days = { $days } d
board-agreed-on = acordado el { $date } en «{ $session }»
board-agreed-at = acordado en «{ $session }»
board-days-overdue = , { $days ->
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
}
board-detail = para el { $when } · { $status }{ $overdue } · { $agreed }
board-no-follow-up = Aún no hay seguimiento registrado.
board-earlier = {" "}(+{ $count } anteriores)

## Review: the figures (f)

figures-head = Al { $date }, { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
} { $scope }: { $counts }. Lo cumplido se cuenta sobre los no abandonados.
figures-on-board = en el tablero
figures-everywhere = en todas las sesiones
figures-done-of = { $done } de { $base }
figures-more = {" "}· { $first }–{ $last } de { $count }, ↑↓ para ver más
figures-by-session = Cumplimiento por sesión
figures-by-session-note = {" "}(cumplidos entre los no abandonados){ $more }
figures-by-owner = Cumplimiento por responsable
figures-by-group = Cumplimiento por grupo de actores
figures-first = , los { $count } primeros
figures-in-all-groups = {" "}({ $count } en total{ $cut }; g: por responsable)
figures-in-all-owners = {" "}({ $count } en total{ $cut }; g: por grupo)

## Review: the follow-up form and the export question

followup-title = Seguimiento de { $id }
followup-overdue = {" "}· { $days ->
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
}
followup-owes = { $owner } · plazo { $when }{ $overdue } · { $session }
followup-last = último: { $date } { $who }: { $change }{ $note }
followup-status = Estado
followup-deadline = Plazo
followup-owner-hint = mantener el responsable, o quién lo asume ahora
followup-owner = Responsable
followup-note = Nota
followup-deadline-hint = mantener el plazo, o uno nuevo: 31/03/2027, +3 meses, fin de junio
followup-note-hint = qué pasó: avances, motivo de un retraso
followup-needs-note = → { $date } (requiere una nota)
followup-letters = {"  "}d → { $done } · D → { $dropped }
review-export-markdown = el documento final (Markdown)
review-export-csv = los compromisos (CSV)
review-export-calendar = los plazos (calendario)
review-export-html = el documento final para enviar (HTML)
review-export-docx = el documento final para enviar (DOCX, para Word)
review-export-external = Markdown y CSV para fuera de la sala: sin usuarios, horas ni rutas
export-title = Exportar esta sesión
export-for-outside = Markdown y CSV: para fuera de la sala (e: para el equipo)
export-for-team = Markdown y CSV: para el equipo (e: para fuera de la sala)
export-beside = se escribe junto al archivo de la sesión · cualquier otra tecla cancela

## Review: footer words (the keymap's English words, said in the language)

review-footer-open = abrir
review-footer-its-commitments = sus compromisos
review-footer-all-commitments = ver todos
review-footer-figures = cifras
review-footer-scroll = desplazar
review-footer-export = exportar
review-footer-follow-up = seguimiento
review-footer-search = buscar
review-footer-sort = ordenar
review-footer-by-owner = por responsable
review-footer-overdue = con retraso
review-footer-due-within = vencen pronto
review-footer-clear-back = borrar/volver
review-footer-group-owner = grupo/responsable

## Review: messages

review-esc-first = Esc: esta es la primera pantalla, no hay nada detrás; q para salir
review-stray = { $key } no hace nada aquí; ? muestra las teclas
review-saved = { $id } actualizado y guardado en { $file }
review-wrote = { $name } escrito en { $dir }
review-conflict-unreadable = { $by } hizo el seguimiento mientras tanto y el archivo ya no se puede leer; su texto se conserva
review-conflict = { $by } hizo el seguimiento de { $id } mientras usted escribía: ahora está { $status }. Su texto se conserva: Intro lo guarda encima, Esc dos veces lo descarta

## The command line: messages and errors

cli-check-needs = plenary check necesita los archivos de orden del día o de sesión que revisar, uno o más:
cli-check-usage = plenary check ARCHIVO.json...   por ejemplo plenary check mi-orden-del-dia.json, o plenary check sessions/*.json
cli-check-valid-agenda = ✓ { $file }: un orden del día válido, «{ $title }»
cli-check-valid-session = ✓ { $file }: una sesión grabada válida, «{ $title }»
cli-check-problems = ✗ { $file }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}:
cli-check-warnings = ! { $file }: { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}:
cli-not-run = { $file } es un orden del día que aún no se ha celebrado: todavía no hay nada que exportar
cli-no-deadlines = { $file } no tiene compromisos: no hay plazos que poner en un calendario (no se escribió nada)
cli-docx-binary = un documento DOCX es un archivo binario: indique -o ARCHIVO.docx (o redirija la salida)
cli-docx-report-binary = un informe DOCX es un archivo binario: indique -o ARCHIVO.docx (o redirija la salida)
cli-wrote = Escrito { $path }
cli-no-sessions-dir = no existe la carpeta de sesiones { $dir }: indique con --dir (o PLENARY_DIR) la carpeta donde guarda `plenary run`, o nombre los archivos de sesión
cli-skipped = omitido { $file }: { $reason }
cli-left-out-list = { $count ->
    [one] { $count } archivo no se pudo leer (nombrado arriba): la lista lo deja fuera
   *[other] { $count } archivos no se pudieron leer (nombrados arriba): la lista los deja fuera
}
cli-left-out-report = { $count ->
    [one] { $count } archivo no se pudo leer (nombrado arriba): el informe lo deja fuera
   *[other] { $count } archivos no se pudieron leer (nombrados arriba): el informe los deja fuera
}
cli-left-out-reminders = { $count ->
    [one] { $count } archivo no se pudo leer (nombrado arriba): los recordatorios lo dejan fuera
   *[other] { $count } archivos no se pudieron leer (nombrados arriba): los recordatorios los dejan fuera
}
cli-review-none = No hay sesiones grabadas en { $dir }. Inicie una con `plenary run AGENDA.json`, o indique archivos: `plenary review ARCHIVO...`.
cli-name-refused = --name { $why }: indique un nombre sin ese carácter
review-form-unwritten = el seguimiento de { $id } no se escribió; contenía: { $typed }
review-form-kept = se conserva, y el próximo `plenary review` lo vuelve a abrir
review-form-not-kept = no se pudo conservar ({ $why })
review-form-copy-it = cópielo de aquí para conservarlo
review-form-restored = Se recuperó lo que dejó su revisión anterior: un seguimiento a medio escribir
cli-fail-if-any-gone = --fail-if-any ya no existe: salía con 1 cuando nada coincidía, lo contrario de su nombre; use --exit-status (0 algo coincide, 1 nada, 2 un error)
cli-remind-by-hand = ; el resumen está en { $file }, para entregarlo a mano
cli-remind-no-address = no hay dirección de correo para { $owner } ({ $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
}): añada un correo al participante en la sesión{ $kept }

## The launcher (plenary with no command)

launcher-title = {" "}plenary · elija un orden del día para empezar, o una sesión para retomar
launcher-cannot-run = con error
launcher-unreadable = ilegible
launcher-agenda = programa
launcher-session = sesión
launcher-shows-why = Intro dice por qué
launcher-ended = terminada
launcher-in-progress = en curso
launcher-not-started = sin empezar
launcher-commitments = { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
}
launcher-footer-start = empezar o retomar
cli-edit-needs = plenary edit necesita el archivo de orden del día que cambiar:
cli-edit-usage = plenary edit ARCHIVO.json   por ejemplo plenary edit mi-orden-del-dia.json (plenary new crea uno nuevo)
cli-edit-missing = { $file } no existe: plenary new { $quoted } crea ahí un orden del día nuevo
cli-edit-folder = { $file } es una carpeta, no un orden del día: indique el archivo del orden del día, o cree uno en la carpeta con plenary new { $quoted }
cli-edit-recorded = { $file } es una sesión grabada, no un orden del día: cambie su programa mientras transcurre (plenary run { $quoted }, luego 5), o edite el orden del día con el que empezó{ $from }
cli-edit-rescued = Se detuvo antes de guardar los cambios; están en { $file } (plenary edit { $quoted }).
cli-edit-not-rescued = Se detuvo antes de guardar los cambios, y { $why }
cli-edit-saved = Orden del día guardado en { $file }. Revíselo: plenary check { $quoted }   Inícielo: plenary run { $quoted }
cli-edit-unchanged = Nada cambió: { $file } sigue como estaba. Revisarlo: plenary check { $quoted }   Ejecutarlo: plenary run { $quoted }
cli-edit-changes-dropped = Los cambios no se guardaron; { $file } está como estaba.
cli-edit-last-unsaved = Los últimos cambios no se guardaron; { $file } contiene el orden del día tal como se guardó por última vez.
cli-edit-not-written = Nada guardado: { $file } no se escribió.
cli-edit-nothing = Nada guardado.
cli-needs-terminal-input = { $name } necesita un terminal, y su entrada estándar no lo es: ejecútelo en una ventana de terminal, { $hint }
cli-needs-terminal-output = { $name } necesita un terminal, y su salida estándar no lo es: ejecútelo en una ventana de terminal, { $hint }
cli-hint-ssh = o por SSH con `ssh -t`
cli-hint-review = o por SSH con `ssh -t`; para scripts, `plenary commitments` lista los compromisos
cli-hint-join = o por SSH con `ssh -t HOST plenary join` (-t pide un terminal a SSH)
cli-hint-launcher = o por SSH con `ssh -t`; `plenary --help` lista los comandos para scripts
cli-new-no-folder = la carpeta { $folder } no existe: créela primero (mkdir -p { $quoted }), o indique un archivo en una carpeta que exista
cli-new-kept = No se creó nada: { $file } se conserva. Modifíquelo con `plenary edit { $quoted }`, o indique otro nombre.
cli-new-nothing = No se creó nada.
cli-new-participants-unreadable = no se pueden leer los participantes de { $path }: { $why }
cli-new-participants-not-a-file = es { $what }, no una hoja de cálculo: indique un archivo CSV (nombre, organización, grupo de actores, correo)
cli-new-participants-read = { $count ->
    [one] 1 participante leído de { $path }
   *[other] { $count } participantes leídos de { $path }
}
cli-new-rows-to-look-at = { $count ->
    [one] { $read }; 1 fila que revisar: { $rows }
   *[other] { $read }; { $count } filas que revisar: { $rows }
}
cli-new-no-template = no hay ninguna plantilla llamada { $name }; las plantillas son: { $names }
cli-new-exists = { $file } ya existe: indique otro nombre, o modifíquelo con `plenary edit { $quoted }`
cli-demo-no-example = no hay ningún ejemplo llamado { $name }; los ejemplos son: { $names }
cli-remind-sent = { $count ->
    [one] { $count } recordatorio enviado
   *[other] { $count } recordatorios enviados
}
cli-remind-written = { $count ->
    [one] { $count } recordatorio escrito
   *[other] { $count } recordatorios escritos
} en { $place }
cli-remind-unaddressed = { $count ->
    [one] { $count } responsable sin dirección
   *[other] { $count } responsables sin dirección
}
cli-remind-failed = ; { $count ->
    [one] { $count } no enviado
   *[other] { $count } no enviados
}

## The last words of `plenary run`, and an unfinished session found
ending-saved = Sesión guardada: { $path }
ending-saved-journal = Sesión guardada: { $path } (con su diario)
ending-resume = Para reanudarla: { $command }
ending-shared-again = {"                 "}(compartida de nuevo con el grupo { $group }; añada --private para guardarla para usted)
unfinished-when = { $date } a las { $time }
unfinished-begun = comenzada el { $when }, { $commitments ->
    [one] { $commitments } compromiso
   *[other] { $commitments } compromisos
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}
unfinished-opened = abierta el { $when }, { $commitments ->
    [one] { $commitments } compromiso
   *[other] { $commitments } compromisos
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}
unfinished-found = una sesión de este orden del día no terminó: { $path }
unfinished-resume-it = Reanudarla:        { $command }
unfinished-start-new = Empezar otra nueva: { $command }
unfinished-ask = ¿Reanudarla? r (o Intro) la reanuda, n empieza una sesión nueva y vacía al lado, q sale:
unfinished-not-a-choice = «{ $typed }» no es r, n ni q.

## The table of `plenary commitments` (for people; its CSV and JSON stay English for scripts)
table-deadline = PLAZO
table-overdue = RETRASO
table-owner = RESPONSABLE
table-what = QUÉ
table-status = ESTADO
table-session = SESIÓN
table-days-late = { $days } d
table-none-match = Ningún compromiso coincide.

## The agenda editor (plenary new, plenary edit): its screen
editor-head = EDITOR DE AGENDA · { $file }
editor-new-file = un archivo nuevo, con el nombre del título
editor-unsaved = ● sin guardar · w guarda
editor-saved = guardado ✓
editor-no-date = sin fecha
editor-no-venue = sin lugar
editor-presenters = relatores { $minutes } min
editor-tab-plan = Orden del día y grupos
editor-tab-people = Participantes ({ $count })
editor-total = Total { $time }
editor-of-planned = de { $time } ({ $from }–{ $to })
editor-report-back = presentaciones { $minutes } min, { $count ->
    [one] { $count } exposición
   *[other] { $count } exposiciones
} { $presenting } min
editor-refused = ✗ { $problem } (plenary run lo rechazaría)
editor-refused-live = el plan de una sesión en curso cambia en la vista del plan (5)
editor-refused-title = hace falta un título, por ejemplo Balance trimestral
editor-refused-minutes = { $minutes } minutos: indique de 1 a 1440
editor-refused-name = hace falta un nombre
editor-refused-already = { $name } ya figura entre los participantes
editor-refused-no-participant = no hay participante { $number }
editor-refused-group-name = el grupo necesita un nombre
editor-refused-group-taken = el grupo { $number } ya se llama «{ $name }»
editor-refused-no-group = no hay grupo { $number }
editor-refused-item-title = el punto necesita un título
editor-refused-no-item = no hay punto { $number }
editor-part-title = el título
editor-part-venue = el lugar
editor-part-name = el nombre
editor-part-organisation = la organización
editor-part-stakeholder = el sector
editor-part-email = el correo
editor-part-group-name = el nombre
editor-part-topic = el tema
editor-part-presenter = el relator
editor-part-member = un miembro
editor-part-question = una pregunta
editor-part-prompt = una consigna
editor-row-refused = { $name }: { $why }
editor-more = (y { $count } más: ! los lista todos)
editor-col-name = NOMBRE
editor-col-organisation = ORGANIZACIÓN
editor-col-stakeholder = SECTOR
editor-col-email = CORREO
editor-more-people = { $count } más, ↑↓ para ver
editor-no-people = Aún no hay participantes: a añade uno, i lee una hoja de cálculo (CSV)
footer-remove = quitar
footer-import-csv = importar CSV
footer-out-back = sacar / reponer

## The agenda editor: forms
editor-field-title = Título
editor-field-date = Fecha
editor-field-venue = Lugar
editor-field-starts = Empieza a las
editor-field-ends = Termina a las
editor-field-language = Idioma
editor-field-presenter-minutes = Minutos por turno
editor-field-name = Nombre
editor-field-organisation = Organización
editor-field-stakeholder = Sector
editor-field-email = Correo
editor-field-topic = Tema
editor-field-presenter = Relator
editor-field-members = Miembros
editor-field-questions = Preguntas
editor-field-minutes = Minutos
editor-field-kind = Tipo
editor-field-prompts = Consignas
editor-field-file = Archivo CSV
editor-form-details = Los datos de la sesión
editor-form-add-person = Añadir un participante
editor-form-edit-person = Editar un participante
editor-form-add-group = Añadir un grupo
editor-form-edit-group = Editar un grupo
editor-form-edit-item = Editar un punto
editor-form-add-item = Añadir un punto
editor-form-import = Participantes desde una hoja de cálculo

## The agenda editor: questions, problems, messages
editor-ask-title = ¿Seguro?
editor-ask-quit-unsaved = La agenda tiene cambios sin guardar. w o s: guardar y salir; tecla y: salir sin guardar; n: seguir editando.
editor-ask-quit-form-unsaved = ¿Salir y descartar el formulario abierto? La agenda también tiene cambios sin guardar. w o s: guardarlos (no el formulario) y salir; tecla y: salir sin guardar; n: volver al formulario.
editor-ask-quit-form = ¿Salir y descartar el formulario abierto? La agenda está guardada. s: salir; n: volver al formulario.
editor-ask-remove = ¿Quitar a { $name } de los participantes? s: quitar; n: mantener.
editor-ask-remove-roles = { $name } { $roles }. ¿Quitar a { $name } de los participantes y de esos grupos? s: quitar; n: mantener.
editor-role-presents = presenta el grupo { $number } «{ $group }»
editor-role-member = es miembro del grupo { $number } «{ $group }»
editor-problems-title = Problemas y avisos
editor-no-problems = Ni problemas ni avisos.
editor-problems-keys = ↑↓ desplazar · cualquier otra tecla cierra
editor-removed = { $name } quitado de los participantes
editor-saved-in = Guardado ✓ { $file }
editor-details-changed = Datos cambiados
editor-item-saved = «{ $title }» modificado: { $minutes } min · w guarda el archivo
editor-typo-dropped = «{ $typo }» quitado: { $field } está puesto
editor-group-saved = Grupo «{ $name }» modificado · w guarda el archivo
editor-item-added = Punto añadido

## The agenda editor: what an empty field says
editor-hint-workshop-title = el título del taller
editor-hint-date = p. ej. 2027-03-31 (o vacío)
editor-hint-venue = dónde se celebra
editor-hint-starts = p. ej. 09:00: cada punto recibe su hora
editor-hint-ends = p. ej. 11:30: el total se mide con ella
editor-hint-presenter-minutes = minutos por relator, p. ej. 5
editor-hint-full-name = nombre completo
editor-hint-organisation = ministerio, agencia, organización
editor-hint-email = donde les llega el seguimiento
editor-hint-group-name = el nombre del grupo
editor-hint-topic = de qué trata
editor-hint-presenter = quién presenta (de los participantes)
editor-hint-members = nombres, separados por comas (,, en un nombre)
editor-hint-questions = preguntas guía, separadas por ; (;; dentro de una)
editor-hint-group-minutes = vacío: los minutos de la sesión
editor-hint-item-title = lo que hace la sala
editor-hint-item-minutes = cuánto tiempo, p. ej. 10
editor-hint-prompts = puntos a tratar, separados por ; (;; dentro de uno)
editor-hint-csv = ruta de un .csv: nombre, organización, sector, correo

## The agenda editor: what it says when it opens
editor-opened-with-problems = { $count ->
    [one] 1 problema aquí impediría plenary run (el primero está bajo el Total): corríjalo aquí y w guarda
   *[other] { $count } problemas aquí impedirían plenary run (el primero está bajo el Total): corríjalos aquí y w guarda
}

## plenary new: the list of templates
chooser-head = NUEVA AGENDA · partir de…
template-report-back = Taller con presentaciones: grupos de trabajo, un relator cada uno con cinco minutos, plan de acción, relectura
template-peer-learning = Intercambio entre pares: cuatro grupos, uno con una presentación más corta
template-follow-up = Reunión de seguimiento: cada compromiso anterior por turno, y luego lo que sigue
template-short-plenary = Plenaria corta: dos grupos rápidos, compromisos, cierre
template-blank = Agenda en blanco: un punto de apertura, sin grupos ni participantes
footer-start-from-it = partir de aquí

## The agenda editor: refusals and what a change did
editor-hint-stakeholder = p. ej. Gobierno, Sociedad civil
editor-not-minutes = «{ $typed }» no es un número de minutos de 1 a 1440: escriba p. ej. 5
editor-date-day-first = { $date } (el día primero)
editor-not-time = «{ $typed }» no es una hora: escriba p. ej. 09:30
editor-which-file = ¿qué archivo? p. ej. participantes.csv
editor-ends-before-start = { $ends } es antes del inicio ({ $starts }): indique la hora en que termina el taller
editor-person-saved = { $name }: participante modificado · w guarda el archivo
editor-how-many-minutes = ¿cuántos minutos? p. ej. 10
editor-people-added = { $count ->
    [one] { $count } participante añadido desde { $file }
   *[other] { $count } participantes añadidos desde { $file }
}
editor-examples-replaced = Los { $count } participantes de ejemplo de la plantilla se sustituyeron (y se quitaron de los grupos): { $said }
editor-rows-left-out = ; { $count ->
    [one] { $count } descartado
   *[other] { $count } descartados
}: { $rows }
editor-group-out = «{ $name }» fuera: se deja de lado al guardar (x lo repone)
editor-group-back = «{ $name }» vuelve
editor-not-saved = NO GUARDADO: { $problem } (plenary run lo rechazaría; corríjalo primero)

## The agenda editor and plenary new's list: the keys overlay (?)
help-editor-scope-items = En el editor (1), el orden del día
help-editor-scope-groups = En el editor (1), los grupos en el orden de las presentaciones
help-editor-scope-people = En el editor (2), los participantes
help-editor-scope-everywhere = En todo el editor
help-editor-scope-names = Mientras se proponen nombres (relator, miembros)
help-editor-scope-templates = Elegir una plantilla
help-editor-item-edit = editar el punto elegido: título, tipo, minutos, consignas
help-editor-item-add = añadir un punto después del elegido
help-editor-item-take-out = quitar el punto elegido (pregunta)
help-editor-item-earlier = adelantar el punto elegido
help-editor-item-longer = un minuto más para el punto elegido
help-editor-item-shorter = un minuto menos para el punto elegido
help-editor-to-groups = a los grupos
help-editor-group-edit = editar el grupo elegido: nombre, tema, preguntas, miembros, relator, minutos
help-editor-group-add = añadir un grupo (presenta al final)
help-editor-group-out = sacar el grupo elegido, o reponerlo (se deja de lado al guardar)
help-editor-person-up = elegir el participante anterior
help-editor-person-down = elegir el participante siguiente
help-editor-person-edit = editar el participante elegido
help-editor-person-add = añadir un participante: nombre, organización, sector, correo
help-editor-person-remove = quitar el participante elegido
help-editor-person-page-up = diez participantes más arriba
help-editor-person-page-down = diez participantes más abajo
help-editor-person-first = el primer participante
help-editor-person-last = el último participante
help-editor-import = añadir participantes desde una hoja de cálculo guardada en CSV
help-editor-show-plan = el orden del día y los grupos
help-editor-show-people = los participantes
help-editor-details = los datos de la sesión: título, fecha, lugar, horas de inicio y fin, minutos por turno
help-editor-save = guardar la agenda en su archivo (también Ctrl-S)
help-editor-problems = cada problema y aviso, como los lista plenary check (↑↓ desplaza)
help-editor-quit = salir (también Ctrl-C; pregunta si hay cambios sin guardar)
help-editor-name-next = resaltar el nombre propuesto siguiente
help-editor-name-previous = resaltar el nombre propuesto anterior
help-editor-name-take = tomar el nombre resaltado (también Tab)
help-editor-template-up = la plantilla de arriba
help-editor-template-down = la plantilla de abajo
help-editor-template-choose = partir de la plantilla elegida
help-editor-template-leave = salir sin crear nada

## The agenda editor: saving and reading files
editor-changed-on-disk = NO GUARDADO: { $file } cambió en el disco desde que se abrió aquí (otro editor, o un cambio a mano); w otra vez lo sustituye por esta agenda
editor-not-saved-why = NO GUARDADO: { $why }
editor-cannot-read = no se puede leer { $file }: { $why }
editor-not-a-spreadsheet = es { $what }, no una hoja de cálculo: indique la ruta de un archivo .csv
editor-a-folder = una carpeta
editor-cannot-write = no se puede escribir { $file }: { $why }
editor-cannot-read-back = { $file } no se puede volver a leer: { $why }
editor-not-what-was-written = { $file } no contiene lo que se escribió

## The command line's grammar and its errors (clap's own words stay in English; these are
## what French and Spanish say instead, and the value refusals every language shares)

cli-heading-usage = Uso:
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos
cli-note-values = a elegir: { $values }
cli-note-default = por omisión: { $value }
cli-note-env = o la variable { $name }
cli-usage-options = [OPCIONES]
cli-usage-command = [COMANDO]
cli-error-unknown-option = la opción { $arg } no existe aquí
cli-error-did-you-mean = ; ¿quiso decir { $suggestion }?
cli-error-as-value = ; para darla como valor, ponga -- delante: { $value }
cli-error-unknown-command = el comando { $command } no existe
cli-error-missing-value = { $arg } necesita un valor detrás
cli-error-invalid-choice = { $arg } no acepta «{ $value }»: dé uno de estos valores: { $valid }
cli-error-invalid-value = { $arg } no puede tomar «{ $value }»: { $why }
cli-error-refused = { $arg }: { $why }
cli-error-missing-argument = falta { $arg }
cli-error-missing-command = indique un comando
cli-error-conflict = { $arg } y { $other } no pueden ir juntos
cli-error-too-many = { $arg } solo toma un valor («{ $value }» sobra)
cli-error-more = Para ver lo que acepta la orden: { $command } --help
cli-status-open = abierto
cli-status-in-progress = en-curso
cli-status-done = hecho
cli-status-dropped = abandonado
cli-status-unknown = «{ $text }» no es un estado: use abierto, en-curso, hecho o abandonado (u open, in-progress, done, dropped)
cli-date-past-unknown = «{ $text }» no es una fecha que entienda; pruebe 01/11/2026, 1 de noviembre, ayer, hace 3 semanas
cli-since-future = «{ $text }» es el { $date }, un día aún por venir: --since mira hacia atrás; pruebe ayer, 1 de noviembre, hace 3 semanas
cli-days-unknown = «{ $text }» no es un número de días; pruebe 14, dentro de 3 semanas, fin de junio, 31 de marzo de 2027
cli-port-unknown = «{ $text }» no es un número de puerto: indique un número entero de 1 a 65535, por ejemplo 587

## plenary demo --list: what each built-in example shows

demo-about-report-back = taller con puesta en común: tres grupos de trabajo, cinco minutos por presentación, plan de acción
demo-about-peer-learning = intercambio entre pares: cuatro grupos, uno de ellos presenta en tres minutos
demo-about-follow-up = una reunión de seguimiento: cada compromiso anterior por turno, y dos grupos sobre lo que sigue
demo-about-short-plenary = un breve balance trimestral: dos grupos de trabajo y su puesta en común

## plenary join: finding the live session, and why one cannot be joined

join-none-listed = Ninguna sesión en directo a la que pueda unirse en esta máquina (se buscó en { $looked }).
join-none-because = Ninguna sesión en directo a la que pueda unirse en esta máquina: { $why }
join-none-start = Ninguna sesión en directo a la que pueda unirse en esta máquina (se buscó en { $looked }); quien facilita inicia una con `plenary run`, y con --allow-group GRUPO para quienes toman notas con su propia cuenta{ $more }
join-several = { $count } sesiones en directo aquí; elija una con --session NOMBRE:
join-no-such-session = ninguna sesión en directo se llama { $name } (plenary join --list las muestra)
join-several-match = { $count } sesiones en directo coinciden con { $name }; dé más partes del nombre:
join-no-such-user = no hay ningún usuario Unix llamado { $name }
join-user-lookup = no se puede buscar el usuario Unix { $name }
join-cannot-reach = no se puede contactar con { $path }
join-unconfirmed-lost = lo que aún no estaba confirmado no se pudo guardar ({ $why }): se ha perdido
join-unconfirmed-kept = { $count ->
    [one] 1 cambio aún sin confirmar se guarda en { $path } y se enviará cuando vuelva a unirse con el mismo nombre
   *[other] { $count } cambios aún sin confirmar se guardan en { $path } y se enviarán cuando vuelva a unirse con el mismo nombre
}
join-form-kept = el formulario abierto se guarda en { $path } y se volverá a abrir cuando vuelva a unirse con el mismo nombre
join-runtime-too-long = la carpeta de ejecución es demasiado larga para un socket: ponga en PLENARY_RUNTIME_DIR una carpeta corta, p. ej. /tmp/plenary-$(id -u), tanto para quien facilita como para quienes toman notas ({ $dir } tiene { $bytes } bytes; la ruta completa de un socket debe quedar por debajo de 108)
join-denied = { $who } dirige una sesión en { $dir } a la que usted no puede unirse (permiso denegado)
join-group-not-yet = { $who } quizá comparte una sesión con el grupo { $group }, y usted está en { $group }, pero esta sesión de usuario aún no lo sabe: salga y vuelva a entrar (o ejecute `newgrp { $group }`), y luego únase
join-group-not-in = { $who } quizá comparte una sesión con el grupo { $group }, al que usted no pertenece: pida que le añadan a { $group }, o pida a { $who } que la comparta con un grupo al que usted pertenezca
join-not-shared-group = { $who } dirige una sesión que no está compartida con usted: pida a { $who } que la inicie con --allow-group { $group } (un grupo al que ambos pertenecen)
join-not-shared = { $who } dirige una sesión que no está compartida con usted: pida a { $who } que la inicie con --allow-group y un grupo al que usted pertenezca
join-drafts-changes = { $count ->
    [one] { $count } cambio aún sin confirmar
   *[other] { $count } cambios aún sin confirmar
}
join-drafts-form = un formulario a medio rellenar
join-drafts-and = { " " }y{ " " }
join-drafts-restored = se recuperó lo que dejó su conexión anterior: { $what }
join-drafts-others = se guardan borradores de otras conexiones: { $what } (únase con el mismo --name para recuperarlos)
join-name-empty = su nombre está vacío: únase con --name y el nombre que los demás deben ver
join-name-long = su nombre tiene { $length } caracteres, { $most } como máximo: únase con un --name más corto
join-name-bytes = su nombre ocupa { $bytes } bytes, { $most } como máximo (demasiados acentos en sus letras): únase con un --name más sencillo
join-not-joining = no se une a la sesión
join-link = { $dir } es un enlace simbólico, no una carpeta: alguien podría estar desviando plenary; bórrelo si no lo creó usted
join-foreign-dir = no se une: { $dir } pertenece a { $who }, no a usted, así que otra persona podría dirigir allí una sesión para leer sus notas. Si { $who } facilita la sesión, únase con --facilitator { $who }; si no, avise a quien facilita
join-open-dir = no se une: otros pueden escribir en { $dir } (modo { $mode }), así que cualquiera pudo poner allí una sesión; quien facilita puede arreglarlo con chmod go-w { $dir }
join-who-runs = no se une: no se puede saber quién dirige la sesión
join-impostor = no se une: la sesión la dirige { $who }, no { $owner }, dueño de su carpeta: alguien podría estar haciéndose pasar por quien facilita; avísele

## plenary run: what it says in the terminal before and after the console

run-not-in-group = usted no está en el grupo { $group }, así que no puede compartir una sesión con él: pida a un administrador que le añada (usermod -a -G { $group } { $user }), vuelva a iniciar sesión y ejecute esto de nuevo
run-group-check = no se puede comprobar si usted está en el grupo { $group }
run-group-lookup = no se puede buscar el grupo Unix { $group }
run-no-such-group = no hay ningún grupo Unix llamado { $group }
run-not-shared = NO COMPARTIDA con quienes toman notas: { $why }
run-not-shared-after = NO COMPARTIDA: nadie pudo unirse a esta sesión para tomar notas: { $why }
run-clock-behind = El reloj de este ordenador va { $span } por detrás de la hora en que se guardó esta sesión por última vez
run-clock-away = Según el reloj de este ordenador, esta sesión se guardó por última vez hace { $span }
run-timers-held = { $doubt }: el cronómetro de { $names } se detuvo en el tiempo que tenía entonces. Espacio lo reanuda.
run-span-seconds = { $count } s
run-span-minutes = { $count } min
run-span-hours = { $hours } h { $minutes } min
run-span-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
run-problems = { $file }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}: { $list }
run-cannot-be-run = { $file } no se puede ejecutar:
run-cannot-be-exported = { $file } no se puede exportar:
run-cannot-be-followed-up = { $file } no se puede seguir:
run-same-list = (plenary check { $file } da la misma lista)
run-follow-up-a-session = --follow-up empieza una sesión nueva: dele un orden del día, no la sesión grabada { $file }
run-follow-up-agenda = { $file } es un orden del día que no se ha celebrado: no tiene compromisos que seguir
run-follow-up-copies = { $file } y { $copy } son copias de una misma sesión: siga solo una, para que cada estado se vuelva a escribir una sola vez
run-follow-up-nothing = ningún compromiso abierto o en curso en { $files }: nada que seguir
run-form-kept = se guarda, y el próximo `plenary run` de esta sesión lo vuelve a abrir
run-form-not-kept = no se pudo guardar ({ $why })
run-form-copy-it = cópielo de aquí para conservarlo
run-never-began = La sesión nunca empezó y no se grabó nada, así que no se guardó ningún archivo de sesión.
run-run-it = Para ejecutarla: { $command }

## Review and the launcher: the keys overlay (?), each key's words and headings
review-help-sessions-up = sesión anterior
review-help-sessions-down = sesión siguiente
review-help-open = abrir el registro de la sesión
review-help-sessions-commitments = sus compromisos
review-help-board = los compromisos de todas las sesiones
review-help-sessions-figures = cifras: cumplidos, a tiempo, renegociados, con retraso, abandonados, por sesión y grupo
review-help-record-up = subir
review-help-record-down = bajar
review-help-record-top = volver arriba
review-help-record-commitments = los compromisos de esta sesión
review-help-export = exportar: Markdown, CSV, calendario, HTML o DOCX
review-help-record-back = volver a las sesiones
review-help-board-first = el primero
review-help-board-last = el último
review-help-follow-up = dar seguimiento al compromiso elegido
review-help-search = buscar mientras escribe: acción, responsable, organización, grupo, sesión
review-help-toggle-overdue = solo los atrasados
review-help-next-status = estado: todos, aún pendientes, abierto, en curso, hecho, abandonado
review-help-next-due-within = vencen en 7, 30 o 90 días
review-help-next-sort = ordenar por plazo, responsable o sesión
review-help-toggle-by-owner = agrupar por responsable
review-help-clear-or-back = quitar filtros y agrupación, luego volver a donde estaba
review-help-board-figures = las cifras de los compromisos mostrados
review-help-figures-up = desplazar las sesiones hacia arriba
review-help-figures-down = desplazar las sesiones hacia abajo
review-help-figures-group = barras por grupo de actores o por responsable
review-help-figures-back = volver a donde se pulsó f
review-help-end-search = conservar la búsqueda y moverse por la lista
review-help-cancel-search = borrar la búsqueda
review-scope-sessions = Sesiones
review-scope-record = Registro de una sesión
review-scope-board = Tablero de compromisos
review-scope-search = Búsqueda
review-scope-export = Exportar
review-scope-figures = Cifras
review-where-sessions = en la lista de sesiones
review-where-record = en el registro de una sesión (Intro en la lista)
review-where-board = en el tablero de compromisos (b o c)
review-where-search = al buscar en el tablero (/)
review-where-export = tras x en el registro de una sesión
review-where-figures = en las cifras (f en las sesiones o el tablero)
launcher-help-up = archivo anterior
launcher-help-down = archivo siguiente
launcher-help-open = empezar el orden del día o reanudar la sesión
launcher-help-leave = salir
launcher-scope-list = Elegir un archivo

## The launcher and the list of templates: a key that does nothing there
stray-esc-first = Esc: esta es la primera pantalla, no hay nada detrás
stray-key = { $key } no hace nada aquí
stray-keys-here = { $what }; las teclas aquí: { $keys }

## The facilitator's side of sharing: the runtime directory the live session's socket is in

host-dir-not-a-dir = { $dir } no es una carpeta
host-dir-cannot-open = no se puede abrir { $dir }
host-dir-cannot-create = no se puede crear { $dir }
host-dir-foreign = { $dir } pertenece a { $who }, no a usted: lo creó otra persona; indique en PLENARY_RUNTIME_DIR una carpeta propia
host-dir-cannot-chgrp = no se puede dar { $dir } al grupo { $group }
host-dir-open = otros pueden escribir en { $dir } (modo { $mode }), así que cualquiera podría poner una sesión ahí: ejecute chmod go-w { $dir }
host-dir-group-cannot-reach = el grupo no puede llegar a { $dir }, que no creó este plenary (se deja como está): ejecute chgrp { $group } { $dir } && chmod 750 { $dir }

## plenary edit: values of the file that could not be read, shown as stand-ins
editor-opened-with-stand-ins = { $count ->
    [one] 1 valor del archivo no se puede leer: el editor muestra un valor provisional en su lugar (bajo el Total, y en !). Escríbalo aquí; w pregunta antes de guardar un valor provisional
   *[other] { $count } valores del archivo no se pueden leer: el editor muestra valores provisionales en su lugar (bajo el Total, y en !). Escríbalos aquí; w pregunta antes de guardar un valor provisional
}
editor-stand-in = { $place } contiene { $was }, se guarda como { $now }
editor-stand-in-twice = { $place } está escrito dos veces, y solo se guarda el último, { $now }
editor-stand-in-nothing = nada
editor-stand-in-left-out = omitido
editor-stand-in-problem = ✗ { $problem } (aquí: { $now } hasta que lo escriba)
editor-ask-stand-ins = { $count ->
    [one] Un valor del archivo no se puede leer, y guardar ahora escribe su valor provisional en su lugar
   *[other] { $count } valores del archivo no se pueden leer, y guardar ahora escribe sus valores provisionales en su lugar
}: { $list }. w: guardar así; n: volver para { $count ->
    [one] escribirlo
   *[other] escribirlos
} (! los lista con su corrección).
cli-edit-stand-ins-left = { $count ->
    [one] El archivo aún contiene un valor que plenary no puede leer: plenary check { $quoted } dice dónde y cómo corregirlo.
   *[other] El archivo aún contiene { $count } valores que plenary no puede leer: plenary check { $quoted } dice dónde y cómo corregirlos.
}
