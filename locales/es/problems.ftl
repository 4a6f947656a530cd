### What is wrong in an agenda or session file (`plenary check`, the agenda editor's problems,
### the errors of reading a file). The JSON paths, the file's own values and the names of its
### fields stay as written; only the explanation and the fix are said in the language.

## A problem at its place

problem-whole-file = (el archivo)
problem-line = { $path }: { $why }
problem-place-item = punto { $number } «{ $name }»
problem-place-group = grupo { $number } «{ $name }»
problem-place-participant = participante { $number } «{ $name }»
problem-place-field = { $place } { $field }: { $why }
problem-place = { $place }: { $why }
problem-seen-list = una lista
problem-seen-object = un objeto

## The plan and the record

problem-line-break = contiene un salto de línea ({ $code }): todo debe caber en una línea
problem-control = contiene un carácter de control ({ $code }): quítelo
problem-out-of-range = está fuera de rango: las horas y fechas de una sesión van de 1970 a 9999
problem-minutes-over = es { $value }: prevea como máximo { $max } minutos (un día)
problem-adjust-over = es { $value }: una cuenta atrás se desplaza como máximo { $max } segundos (un día) en un sentido u otro
problem-count-over = es { $value }: ninguna sesión hace más de { $max } cambios
problem-timer-over = es { $value }: el tiempo corrido de un cronómetro va de 0 a { $max } ms (un año)
problem-title-empty = está vacío: dé un título a la sesión
problem-presenter-minutes-zero = es 0: quien presenta necesita al menos un minuto
problem-no-items = no tiene puntos: añada al menos uno
problem-item-title-empty = está vacío: dé un título al punto, es lo que la sala ve en pantalla
problem-item-minutes-zero = es 0: prevea al menos un minuto
problem-presentations-without-groups = es de presentaciones (presentations), pero la sesión no tiene grupos que presenten: añada grupos, o dé al punto otro tipo, p. ej. "kind": "plenary"
problem-group-name-empty = está vacío: ponga nombre al grupo, o quítelo
problem-group-name-repeats = repite el nombre de groups[{ $first }] «{ $name }»: cada grupo necesita su propio nombre
problem-group-name-repeats-place = repite el nombre del { $first }: cada grupo necesita su propio nombre
problem-group-minutes-zero = es 0: quítelo para usar presenter_minutes
problem-participant-name-empty = está vacío: escriba el nombre de la persona, o quite la entrada
problem-one-entry-per-item = debe tener una entrada por cada punto del orden del día
problem-one-entry-per-group = debe tener una entrada por cada grupo
problem-item-order = nombra un punto dos veces, o uno que no existe
problem-group-order = debe nombrar cada grupo una vez
problem-current-item-past = señala más allá del último punto
problem-current-group-past = señala más allá del último grupo
problem-anchor-missing = señala un punto o un grupo que no existe
problem-current-carried-past = señala más allá del último compromiso retomado
problem-id-repeats = repite el identificador de otro compromiso
problem-id-over = es { $id }: plenary numera los compromisos de C1 a C{ $max }
problem-what-empty = está vacío: escriba lo que se hará
problem-owner-empty = está vacío: un compromiso necesita responsable

## Warnings about the plan

problem-listed-twice = «{ $name }» aparece dos veces (también participants[{ $first }]): quite una
problem-listed-twice-place = «{ $name }» aparece dos veces (también { $first }): quite una
problem-written-as = «{ $typed }» no es como está escrito el participante: ¿quiso decir «{ $right }»?
problem-presenter-missing = falta: indique quién presenta el trabajo de este grupo
problem-presenter-missing-example = falta: indique quién presenta el trabajo de este grupo, por ejemplo "presenter": "{ $name }"
problem-presenter-unknown = «{ $name }» no es miembro del grupo ni participante: revise la ortografía, o añada a esa persona a "members"
problem-presenter-not-participant = «{ $name }» es miembro del grupo pero no participante: revise la ortografía, o añada a esa persona a "participants"
problem-report-back-short = es { $minutes }, pero las presentaciones de los { $groups } grupos duran { $take ->
    [one] { $take } minuto
   *[other] { $take } minutos
}: dé { $need ->
    [one] { $need } minuto
   *[other] { $need } minutos
} a las presentaciones, o acorte el tiempo de cada una
problem-follow-up-nothing-carried = es un seguimiento: sus compromisos anteriores vienen de las sesiones nombradas al lanzarlo, plenary run ORDEN-DEL-DIA.json --follow-up SESION-ANTERIOR.json
problem-groups-never-present = { $count ->
    [one] 1 grupo
   *[other] { $count } grupos
} pero ningún punto de presentaciones: nunca presentarán; añada un punto de tipo Presentaciones ("kind": "presentations")
problem-member-not-participant = «{ $name }» no es participante: revise la ortografía, o añada a esa persona a "participants"
problem-not-email = «{ $email }» no es una dirección de correo: escriba una sola dirección, p. ej. "nombre@ejemplo.org", o déjelo vacío
problem-more-than-email = «{ $email }» contiene más que la dirección: escriba "{ $address }"
problem-ends-before-start = es { $ends }, que no es posterior al inicio ({ $starts }): indique la hora en que termina el taller
problem-items-overrun = es { $ends }, pero los puntos duran { $total } minutos desde las { $starts } (hasta las { $until }): termine a las { $until } o quite { $over ->
    [one] { $over } minuto
   *[other] { $over } minutos
} a los puntos

## The shape of the file

problem-not-a-session = contiene { $seen }, no una sesión: una sesión es un objeto, { $shape }
problem-missing-rename = falta: "{ $typo }" está presente, cámbiele el nombre a "{ $key }"
problem-missing = falta: añada "{ $key }": { $example }
problem-example-format = 1 al principio (la versión del formato en que está escrito el archivo)
problem-example-kind = "plenary" (o uno de { $kinds })
problem-format-missing = falta: un orden del día o una sesión de plenary empieza con "format": 1 (vea docs/format.md); añádalo si es uno de ellos
problem-format-zero = es 0: escriba "format": { $version }
problem-not-text = es { $seen }: escriba un texto entre comillas
problem-not-positive = es { $seen }: escriba un número entero de 1 o más, por ejemplo 10
problem-not-whole = es { $seen }: escriba un número entero, por ejemplo 10
problem-null = es null: escriba { $takes }
problem-null-optional = es null: escriba { $takes }, o quítelo
problem-whole-over = es { $seen }: escriba { $takes }
problem-takes = { $takes ->
    [text] un texto entre comillas
    [whole] un número entero
    [minutes] un número de minutos del 1 al { $most }
    [date] la fecha entre comillas como AAAA-MM-DD, por ejemplo "2027-03-31"
    [time] la hora entre comillas como HH:MM, por ejemplo "09:30"
    [kind] un tipo de punto del orden del día, por ejemplo "plenary"
    [texts] una lista de textos, por ejemplo ["primero", "segundo"]
   *[objects] una lista de objetos [ { $object } ]
}
problem-bad-date = es { $seen }: { $fix }
problem-date-unreal = esa fecha no existe: { $why }
problem-no-month = no hay mes { $month }: los meses van del 1 al 12
problem-month-days = { $month } de { $year } tiene { $days } días
problem-date-clear = escriba la fecha como AAAA-MM-DD: "{ $date }"
problem-date-day-first = leída con el día primero es el { $read }, escriba "{ $date }"; si quería decir el { $other }, escriba "{ $other_date }"
problem-date-month-first = leída con el día primero, no hay mes { $month }; leída con el mes primero es el { $read }: escriba "{ $date }"
problem-date-unclear = escriba la fecha como AAAA-MM-DD, por ejemplo "2027-03-31"
problem-date-not-text = es { $seen }: escriba la fecha entre comillas como AAAA-MM-DD, por ejemplo "2027-03-31"
problem-bad-time = es { $seen }: escriba la hora entre comillas como HH:MM, por ejemplo "09:30"
problem-bad-kind = es { $seen }, que no es un tipo de punto: use uno de { $kinds }
problem-bad-kind-near = es { $seen }, que no es un tipo de punto: ¿quiso decir "{ $kind }"? Use uno de { $kinds }
problem-not-text-list = es { $seen }: escriba una lista de textos, por ejemplo ["primero", "segundo"]
problem-not-object = es { $seen }: escriba un objeto { $object } con { $required }
problem-not-object-list = es { $seen }: escriba una lista de objetos { $objects }, cada uno con { $required }
problem-unknown-field = no es un campo que plenary conozca; se conserva tal cual.
problem-unknown-field-near = no es un campo que plenary conozca; se conserva tal cual. ¿Quiso decir "{ $field }"?
problem-twice = aparece dos veces en el mismo objeto (de nuevo en la línea { $line }, columna { $column }): conserve solo una

## A file that cannot be read: its path first, as the errors of the command line start

load-cannot-read = { $path }: no se puede leer: { $why }
load-os-not-found = no existe ese archivo o carpeta
load-os-permission = no tiene permiso para leerlo
load-os-folder = es una carpeta
load-not-a-file = { $path }: es { $what }, no un archivo de sesión
load-special-directory = una carpeta
load-special-fifo = una tubería con nombre (FIFO)
load-special-socket = un socket
load-special-char-device = un dispositivo de caracteres
load-special-block-device = un dispositivo de bloques
load-special-other = algo que no es un archivo normal
load-too-large = { $path }: ocupa { $size }, más de los { $max } que puede tener un archivo de sesión: ¿es el archivo correcto?
load-json = { $path }:{ $line }:{ $column }: { $why }
load-empty = { $path }: el archivo está vacío (¿se cortó al copiarlo?)
load-newer = { $path }: escrito en el formato { $found }, pero este plenary lee como máximo el formato { $max }; actualice plenary para abrirlo (el archivo no se ha tocado)
load-problems = { $path }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}: { $list }
load-problems-separator = {"; "}
load-json-comment = JSON no admite comentarios: quítelo (`{ $line }`)
load-json-curly = comillas tipográficas (como las escribe un procesador de textos): use comillas rectas " (`{ $line }`)
load-json-missing-comma = falta una coma al final de esta línea (`{ $line }`)
load-json-not-utf8 = el archivo deja de ser texto UTF-8 aquí: guárdelo como UTF-8
load-json-ends-in-text = el archivo termina dentro de un texto: falta la comilla de cierre (") (`{ $line }`)
load-json-text-runs-on = falta la comilla de cierre ("): el texto sigue después del final de su línea (`{ $line }`)
load-json-single-quotes = JSON escribe las claves y los textos entre comillas dobles ("), no simples (`{ $line }`)
load-json-truncated = el archivo termina antes de tiempo (¿cortado?): { $said }
load-json-not-json = no es JSON válido: { $said }
load-parser-eof-list = el archivo termina dentro de una lista
load-parser-eof-object = el archivo termina dentro de un objeto
load-parser-eof-string = el archivo termina dentro de un texto
load-parser-eof-value = el archivo termina antes de un valor
load-parser-colon = se esperaba `:`
load-parser-comma-list = se esperaba `,` o `]`
load-parser-comma-object = se esperaba `,` o `{"}"}`
load-parser-value = se esperaba un valor
load-parser-key = un nombre de campo va entre comillas
load-parser-trailing-comma = sobra una coma antes del final
load-parser-trailing = hay texto después del final del archivo
load-parser-number = número mal escrito
load-parser-escape = secuencia de escape no válida
load-parser-ident = una palabra sin comillas: solo true, false y null se escriben sin ellas; ponga un texto entre comillas dobles (")
load-parser-double-quote = se esperaba una comilla doble (") de cierre
load-parser-out-of-range = un número demasiado grande para leerlo: escriba uno más pequeño
load-parser-code-point = un carácter que no es texto Unicode válido: guarde el archivo como UTF-8
load-parser-control = un tabulador, un salto de línea u otro carácter de control dentro de un texto entre comillas: mantenga el texto en una línea y escriba un tabulador como \t (un salto de línea como \n)
load-parser-half-character = un código \u que es solo la mitad de un carácter: escriba el carácter mismo (é) en lugar de su código
load-parser-recursion = listas y objetos anidados a más de 128 niveles: ¿es el archivo correcto?
load-invalid = { $path }: { $why }
load-journal-of-agenda = es un diario de cambios, pero { $session } es un orden del día que no se ha celebrado; mueva el diario a otra parte
load-journal-header = no es el encabezado de un diario de plenary
load-journal-header-said = no es el encabezado de un diario de plenary: { $said }
load-journal-other-session = este diario pertenece a la sesión { $found }, no a { $session } ({ $id }); muévalo a otra parte
load-journal-damaged = una entrada dañada del diario ({ $said }). El diario guarda los cambios hechos desde la última vez que el archivo se escribió entero: repare esta línea, o mueva el diario a otra parte para abrir { $session } sin ellos
load-journal-unknown-entry = no es un cambio que este plenary sepa leer
load-journal-refused = la operación { $revision } se rechaza al volver a aplicarla: { $why }
load-journal-gap = la operación { $found } sigue a la revisión { $have }: falta una operación
load-format-zero = "format" debe ser un número entero positivo; vale 0
load-kept-changing = el archivo no dejó de cambiar mientras se leía; inténtelo de nuevo

## A spreadsheet's rows (the participants' import): the file's names stay as written

roster-line = línea { $line }: { $why }
roster-quote-open = unas comillas (") no están cerradas: corrija la fila e importe de nuevo
roster-quote-open-one = unas comillas (") no están cerradas, así que la línea { $next } quedó dentro y tampoco se leyó: corrija la fila e importe de nuevo
roster-quote-open-many = unas comillas (") no están cerradas, así que las líneas { $from } a { $to } quedaron dentro y tampoco se leyeron: corrija la fila e importe de nuevo
roster-no-name = sin nombre
roster-control = el nombre { $name } contiene un carácter de control
roster-too-long = el nombre tiene más de { $max } caracteres
roster-already-listed = { $name } ya está en la lista
roster-not-email = línea { $line }: «{ $email }» no es una dirección de correo: { $name } se conserva sin ella
roster-windows-1252 = el archivo no está en UTF-8, así que se leyó como Windows-1252 (lo que escribe Excel con «CSV (delimitado por comas)»): revise los acentos; en Excel, «Guardar como» «CSV UTF-8» lo evita
roster-empty = el archivo está vacío: una hoja de cálculo guardada como CSV tiene una línea de encabezado (name, organisation, stakeholder, email) y una fila por persona
roster-header = la primera línea no se puede leer como encabezado: { $said }
roster-no-name-column = el encabezado no tiene columna de nombre (tiene: { $found }); nombre las columnas name, organisation, stakeholder, email en la primera línea
roster-csv-cells = la fila tiene { $found ->
    [one] { $found } celda
   *[other] { $found } celdas
}, pero la primera línea tiene { $expected }
roster-csv-not-utf8 = una celda no es texto UTF-8: guarde la hoja como «CSV UTF-8»
roster-csv-unsplit = la fila no se puede dividir en celdas

## plenary edit's refusal of a file it cannot read as an agenda (the problems follow, one a line)

edit-refused = { $file } no se puede abrir en el editor: { $count ->
    [one] contiene un valor
   *[other] contiene { $count } valores
} que plenary no puede leer. El editor abre una agenda que `plenary run` rechazaría, para corregirla allí, pero solo si cada fecha, hora, número, tipo y lista se puede leer: corrija primero estos valores en el archivo con un editor de texto (plenary check { $quoted } los vuelve a listar, cada uno en su lugar del archivo):
