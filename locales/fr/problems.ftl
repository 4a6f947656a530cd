### What is wrong in an agenda or session file (`plenary check`, the agenda editor's problems,
### the errors of reading a file). The JSON paths, the file's own values and the names of its
### fields stay as written; only the explanation and the fix are said in the language.

## A problem at its place

problem-whole-file = (le fichier)
problem-line = { $path } : { $why }
problem-place-item = point { $number } « { $name } »
problem-place-group = groupe { $number } « { $name } »
problem-place-participant = participant { $number } « { $name } »
problem-place-field = { $place } { $field } : { $why }
problem-place = { $place } : { $why }
problem-seen-list = une liste
problem-seen-object = un objet

## The plan and the record

problem-line-break = contient un saut de ligne ({ $code }) — tout doit tenir sur une ligne
problem-control = contient un caractère de contrôle ({ $code }) — retirez-le
problem-out-of-range = est hors limites : les heures et dates d'une séance vont de 1970 à 9999
problem-minutes-over = vaut { $value } : prévoyez au plus { $max } minutes (une journée)
problem-adjust-over = vaut { $value } : un compte à rebours se décale d'au plus { $max } secondes (une journée) dans un sens ou dans l'autre
problem-count-over = vaut { $value } : aucune séance ne fait plus de { $max } changements
problem-timer-over = vaut { $value } : le temps écoulé d'un minuteur va de 0 à { $max } ms (un an)
problem-title-empty = est vide : donnez un titre à la séance
problem-presenter-minutes-zero = vaut 0 : un rapporteur a besoin d'au moins une minute
problem-no-items = n'a aucun point : ajoutez-en au moins un
problem-item-title-empty = est vide : donnez un titre au point, c'est ce que la salle voit à l'écran
problem-item-minutes-zero = vaut 0 : prévoyez au moins une minute
problem-presentations-without-groups = est une restitution (presentations), mais la séance n'a aucun groupe pour présenter : ajoutez des groupes, ou donnez au point un autre type, p. ex. "kind": "plenary"
problem-group-name-empty = est vide : nommez le groupe, ou retirez-le
problem-group-name-repeats = reprend le nom de groups[{ $first }] « { $name } » : chaque groupe doit avoir son propre nom
problem-group-name-repeats-place = reprend le nom du { $first } : chaque groupe doit avoir son propre nom
problem-group-minutes-zero = vaut 0 : retirez-le pour reprendre presenter_minutes
problem-participant-name-empty = est vide : écrivez le nom de la personne, ou retirez l'entrée
problem-one-entry-per-item = doit avoir une entrée par point de l'ordre du jour
problem-one-entry-per-group = doit avoir une entrée par groupe
problem-item-order = cite un point deux fois, ou un point qui n'existe pas
problem-group-order = doit citer chaque groupe une fois
problem-current-item-past = désigne un point après le dernier
problem-current-group-past = désigne un groupe après le dernier
problem-anchor-missing = désigne un point ou un groupe qui n'existe pas
problem-current-carried-past = désigne un engagement repris après le dernier
problem-id-repeats = reprend l'identifiant d'un autre engagement
problem-id-over = vaut { $id } : plenary numérote les engagements de C1 à C{ $max }
problem-what-empty = est vide : écrivez ce qui sera fait
problem-owner-empty = est vide : un engagement a besoin d'un responsable

## Warnings about the plan

problem-listed-twice = « { $name } » figure deux fois (aussi participants[{ $first }]) : retirez l'un des deux
problem-listed-twice-place = « { $name } » figure deux fois (aussi { $first }) : retirez l'un des deux
problem-written-as = « { $typed } » n'est pas écrit comme le participant : vouliez-vous dire « { $right } » ?
problem-presenter-missing = manque : indiquez qui présente le travail de ce groupe
problem-presenter-missing-example = manque : indiquez qui présente le travail de ce groupe, par exemple "presenter": "{ $name }"
problem-presenter-unknown = « { $name } » n'est ni membre du groupe ni participant : vérifiez l'orthographe, ou ajoutez cette personne à "members"
problem-presenter-not-participant = « { $name } » est membre du groupe mais pas participant : vérifiez l'orthographe, ou ajoutez cette personne à "participants"
problem-report-back-short = vaut { $minutes }, mais les présentations des { $groups } groupes prennent { $take ->
    [one] { $take } minute
   *[other] { $take } minutes
} : donnez { $need ->
    [one] { $need } minute
   *[other] { $need } minutes
} à la restitution, ou réduisez le temps des rapporteurs
problem-follow-up-nothing-carried = est un suivi : ses engagements antérieurs viennent des séances nommées au lancement, plenary run ORDRE-DU-JOUR.json --follow-up ANCIENNE-SEANCE.json
problem-groups-never-present = { $count ->
    [one] 1 groupe
   *[other] { $count } groupes
} mais aucun point de restitution : ils ne présenteront jamais ; ajoutez un point de type Restitution ("kind": "presentations")
problem-member-not-participant = « { $name } » n'est pas participant : vérifiez l'orthographe, ou ajoutez cette personne à "participants"
problem-not-email = « { $email } » n'est pas une adresse e-mail : écrivez une seule adresse, p. ex. "nom@exemple.org", ou laissez le champ vide
problem-more-than-email = « { $email } » contient plus que l'adresse : écrivez "{ $address }"
problem-ends-before-start = vaut { $ends }, qui ne vient pas après le début ({ $starts }) : indiquez l'heure de fin de l'atelier
problem-items-overrun = vaut { $ends }, mais les points durent { $total } minutes à partir de { $starts } (jusqu'à { $until }) : finissez à { $until } ou retirez { $over ->
    [one] { $over } minute
   *[other] { $over } minutes
} aux points

## The shape of the file

problem-not-a-session = contient { $seen }, pas une séance : une séance est un objet, { $shape }
problem-missing-rename = manque : "{ $typo }" est présent, renommez-le "{ $key }"
problem-missing = manque : ajoutez "{ $key }": { $example }
problem-example-format = 1 en tête (la version du format dans lequel le fichier est écrit)
problem-example-kind = "plenary" (ou l'un de { $kinds })
problem-format-missing = manque : un ordre du jour ou une séance plenary commence par "format": 1 (voir docs/format.md) ; ajoutez-le s'il s'agit bien de l'un d'eux
problem-format-zero = vaut 0 : écrivez "format": { $version }
problem-not-text = vaut { $seen } : écrivez un texte entre guillemets
problem-not-positive = vaut { $seen } : écrivez un nombre entier de 1 ou plus, par exemple 10
problem-not-whole = vaut { $seen } : écrivez un nombre entier, par exemple 10
problem-null = vaut null : écrivez { $takes }
problem-null-optional = vaut null : écrivez { $takes }, ou retirez-le
problem-whole-over = vaut { $seen } : écrivez { $takes }
problem-takes = { $takes ->
    [text] un texte entre guillemets
    [whole] un nombre entier
    [minutes] un nombre de minutes de 1 à { $most }
    [date] la date entre guillemets sous la forme AAAA-MM-JJ, par exemple "2027-03-31"
    [time] l'heure entre guillemets sous la forme HH:MM, par exemple "09:30"
    [kind] un type de point de l'ordre du jour, par exemple "plenary"
    [texts] une liste de textes, par exemple ["premier", "second"]
   *[objects] une liste d'objets [ { $object } ]
}
problem-bad-date = vaut { $seen } : { $fix }
problem-date-unreal = cette date n'existe pas : { $why }
problem-no-month = il n'y a pas de mois { $month } : les mois vont de 1 à 12
problem-month-days = { $month } { $year } compte { $days } jours
problem-date-clear = écrivez la date sous la forme AAAA-MM-JJ : "{ $date }"
problem-date-day-first = lue jour d'abord, c'est le { $read } : écrivez "{ $date }" ; si vous vouliez dire le { $other }, écrivez "{ $other_date }"
problem-date-month-first = lue jour d'abord, il n'y a pas de mois { $month } ; lue mois d'abord, c'est le { $read } : écrivez "{ $date }"
problem-date-unclear = écrivez la date sous la forme AAAA-MM-JJ, par exemple "2027-03-31"
problem-date-not-text = vaut { $seen } : écrivez la date entre guillemets sous la forme AAAA-MM-JJ, par exemple "2027-03-31"
problem-bad-time = vaut { $seen } : écrivez l'heure entre guillemets sous la forme HH:MM, par exemple "09:30"
problem-bad-kind = vaut { $seen }, qui n'est pas un type de point : prenez l'un de { $kinds }
problem-bad-kind-near = vaut { $seen }, qui n'est pas un type de point : vouliez-vous dire "{ $kind }" ? Prenez l'un de { $kinds }
problem-not-text-list = vaut { $seen } : écrivez une liste de textes, par exemple ["premier", "second"]
problem-not-object = vaut { $seen } : écrivez un objet { $object } avec { $required }
problem-not-object-list = vaut { $seen } : écrivez une liste d'objets { $objects }, chacun avec { $required }
problem-unknown-field = n'est pas un champ connu de plenary ; il est gardé tel quel.
problem-unknown-field-near = n'est pas un champ connu de plenary ; il est gardé tel quel. Vouliez-vous dire "{ $field }" ?
problem-twice = figure deux fois dans le même objet (de nouveau ligne { $line }, colonne { $column }) : n'en gardez qu'un

## A file that cannot be read: its path first, as the errors of the command line start

load-cannot-read = { $path } : lecture impossible : { $why }
load-os-not-found = ce fichier ou dossier n'existe pas
load-os-permission = vous n'avez pas le droit de le lire
load-os-folder = c'est un dossier
load-not-a-file = { $path } : est { $what }, pas un fichier de séance
load-special-directory = un dossier
load-special-fifo = un tube nommé (FIFO)
load-special-socket = une socket
load-special-char-device = un périphérique en mode caractère
load-special-block-device = un périphérique en mode bloc
load-special-other = autre chose qu'un fichier ordinaire
load-too-large = { $path } : pèse { $size }, plus que les { $max } permis pour un fichier de séance : est-ce le bon fichier ?
load-json = { $path }:{ $line }:{ $column } : { $why }
load-empty = { $path } : le fichier est vide (a-t-il été coupé pendant une copie ?)
load-newer = { $path } : écrit au format { $found }, alors que ce plenary lit au plus le format { $max } ; mettez plenary à jour pour l'ouvrir (le fichier n'a pas été modifié)
load-problems = { $path } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} : { $list }
load-problems-separator = {" ; "}
load-json-comment = le JSON n'admet pas de commentaires : retirez celui-ci (`{ $line }`)
load-json-curly = guillemets typographiques (comme un traitement de texte les tape) : utilisez des guillemets droits " (`{ $line }`)
load-json-missing-comma = il manque une virgule à la fin de cette ligne (`{ $line }`)
load-json-not-utf8 = le fichier n'est plus du texte UTF-8 à partir d'ici : enregistrez-le en UTF-8
load-json-ends-in-text = le fichier s'arrête au milieu d'un texte : il manque un guillemet fermant (") (`{ $line }`)
load-json-text-runs-on = il manque un guillemet fermant (") : le texte continue après la fin de sa ligne (`{ $line }`)
load-json-single-quotes = le JSON écrit les clés et les textes entre guillemets doubles ("), pas entre apostrophes (`{ $line }`)
load-json-truncated = le fichier s'arrête trop tôt (tronqué ?) : { $said }
load-json-not-json = ce n'est pas du JSON valide : { $said }
load-parser-eof-list = fin du fichier au milieu d'une liste
load-parser-eof-object = fin du fichier au milieu d'un objet
load-parser-eof-string = fin du fichier au milieu d'un texte
load-parser-eof-value = fin du fichier avant une valeur
load-parser-colon = un `:` était attendu
load-parser-comma-list = une `,` ou un `]` était attendu
load-parser-comma-object = une `,` ou une `{"}"}` était attendue
load-parser-value = une valeur était attendue
load-parser-key = un nom de champ s'écrit entre guillemets
load-parser-trailing-comma = virgule en trop avant la fin
load-parser-trailing = du texte suit la fin du fichier
load-parser-number = nombre mal écrit
load-parser-escape = séquence d'échappement invalide
load-parser-ident = un mot sans guillemets : seuls true, false et null s'écrivent sans ; mettez un texte entre guillemets doubles (")
load-parser-double-quote = un guillemet double (") fermant était attendu
load-parser-out-of-range = un nombre trop grand pour être lu : écrivez-en un plus petit
load-parser-code-point = un caractère qui n'est pas du texte Unicode valide : enregistrez le fichier en UTF-8
load-parser-control = une tabulation, un saut de ligne ou un autre caractère de contrôle dans un texte entre guillemets : gardez le texte sur une ligne, et écrivez une tabulation \t (un saut de ligne \n)
load-parser-half-character = un code \u qui n'est qu'une moitié de caractère : écrivez le caractère lui-même (é) plutôt que son code
load-parser-recursion = des listes et des objets imbriqués sur plus de 128 niveaux : est-ce le bon fichier ?
load-invalid = { $path } : { $why }
load-journal-of-agenda = est un journal de modifications, mais { $session } est un ordre du jour qui n'a pas été lancé ; déplacez le journal ailleurs
load-journal-header = ce n'est pas l'en-tête d'un journal plenary
load-journal-header-said = ce n'est pas l'en-tête d'un journal plenary : { $said }
load-journal-other-session = ce journal appartient à la séance { $found }, pas à { $session } ({ $id }) ; déplacez-le ailleurs
load-journal-damaged = une entrée abîmée du journal ({ $said }). Le journal garde les modifications faites depuis la dernière écriture complète du fichier : réparez cette ligne, ou déplacez le journal ailleurs pour ouvrir { $session } sans elles
load-journal-unknown-entry = ce n'est pas une modification que ce plenary sait lire
load-journal-refused = l'opération { $revision } est refusée à la relecture : { $why }
load-journal-gap = l'opération { $found } suit la révision { $have } : une opération manque
load-format-zero = "format" doit être un nombre entier positif ; il vaut 0
load-kept-changing = le fichier changeait sans cesse pendant sa lecture ; réessayez

## A spreadsheet's rows (the participants' import): the file's names stay as written

roster-line = ligne { $line } : { $why }
roster-quote-open = un guillemet (") n'est pas refermé : corrigez la ligne et importez de nouveau
roster-quote-open-one = un guillemet (") n'est pas refermé, si bien que la ligne { $next } s'y est mêlée et n'a pas été lue non plus : corrigez la ligne et importez de nouveau
roster-quote-open-many = un guillemet (") n'est pas refermé, si bien que les lignes { $from } à { $to } s'y sont mêlées et n'ont pas été lues non plus : corrigez la ligne et importez de nouveau
roster-no-name = aucun nom
roster-control = le nom { $name } contient un caractère de contrôle
roster-too-long = le nom dépasse { $max } caractères
roster-already-listed = { $name } figure déjà dans la liste
roster-not-email = ligne { $line } : « { $email } » n'est pas une adresse e-mail : { $name } est gardé sans adresse
roster-windows-1252 = le fichier n'est pas en UTF-8 ; il a été lu comme du Windows-1252 (ce qu'écrit Excel en « CSV (séparateur : point-virgule) ») : vérifiez les accents ; dans Excel, « Enregistrer sous » « CSV UTF-8 » évite cela
roster-empty = le fichier est vide : un tableur enregistré en CSV a une ligne d'en-tête (name, organisation, stakeholder, email) puis une ligne par personne
roster-header = la première ligne ne se lit pas comme un en-tête : { $said }
roster-no-name-column = l'en-tête n'a pas de colonne de nom (il a : { $found }) ; nommez les colonnes name, organisation, stakeholder, email sur la première ligne
roster-csv-cells = la ligne a { $found ->
    [one] { $found } cellule
   *[other] { $found } cellules
}, alors que la première en a { $expected }
roster-csv-not-utf8 = une cellule n'est pas du texte UTF-8 : enregistrez le tableur en « CSV UTF-8 »
roster-csv-unsplit = la ligne ne se découpe pas en cellules

## plenary edit's refusal of a file it cannot read as an agenda (the problems follow, one a line)

edit-refused = { $file } ne peut pas s'ouvrir dans l'éditeur : { $count ->
    [one] une valeur y est illisible
   *[other] { $count } valeurs y sont illisibles
} pour plenary. L'éditeur ouvre un ordre du jour que `plenary run` refuserait, pour le corriger, mais seulement si chaque date, heure, nombre, type et liste s'y lit : corrigez d'abord ces valeurs dans le fichier avec un éditeur de texte (plenary check { $quoted } les liste de nouveau, chacune à sa place dans le fichier) :
