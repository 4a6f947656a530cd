### Review, the launcher, the agenda editor, and the command line: messages, errors, `check`.

## Review: the header, the sessions list, a session's record

review-too-small = Terminal trop petit pour la revue ; agrandissez la fenêtre.
review-sessions = { $count ->
    [one] { $shown } séance
   *[other] { $shown } séances
}
review-commitments = { $count ->
    [one] { $shown } engagement
   *[other] { $shown } engagements
}
review-unreadable = {" "}· { $count ->
    [one] { $count } illisible
   *[other] { $count } illisibles
}
review-no-sessions = Aucune séance enregistrée ici. Lancez-en une avec `plenary run AGENDA.json`, ou nommez des fichiers : `plenary review FICHIER...`.
review-col-date = Date
review-col-start = Début
review-col-session = Séance
review-col-people = Pers.
review-col-owed = Dus
review-col-done = Faits
review-col-overdue = Retard
review-not-loaded = Non chargés (laissés tels quels) :
review-late-marks = jour de retard|jours de retard
review-thousands = {" "}

## Review: the commitments board

board-of = {" "}affichés : { $shown } sur { $all } ·{" "}
board-any-status = tous statuts
board-still-owed = encore dus
board-overdue-only = en retard seulement
board-due-within = { $days ->
    [one] échéance sous { $days } jour
   *[other] échéance sous { $days } jours
}
board-grouped = groupés par responsable
board-by-deadline = par échéance
board-by-owner = par responsable
board-by-session = par séance
board-session = séance : { $title }
board-nothing = Aucun résultat. Échap efface les filtres.
board-col-deadline = Échéance
board-col-late = Ret.
board-col-owner = Responsable
board-col-what = Quoi
board-col-session = Séance
board-col-status = Statut
board-late-days = { $days } j
board-agreed-on = convenu le { $date } lors de « { $session } »
board-agreed-at = convenu lors de « { $session } »
board-days-overdue = , { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
board-detail = pour le { $when } · { $status }{ $overdue } · { $agreed }
board-no-follow-up = Aucun suivi enregistré pour l'instant.
board-earlier = {" "}(+{ $count } plus anciens)

## Review: the figures (f)

figures-head = Au { $date }, { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
} { $scope } : { $counts }. Le taux de réalisation exclut les abandonnés.
figures-on-board = affichés sur le tableau
figures-everywhere = dans toutes les séances
figures-done-of = { $done } sur { $base }
figures-more = {" "}· { $first }–{ $last } sur { $count }, ↑↓ pour la suite
figures-by-session = Réalisation par séance
figures-by-session-note = {" "}(réalisés parmi les non abandonnés){ $more }
figures-by-owner = Réalisation par responsable
figures-by-group = Réalisation par groupe de parties prenantes
figures-first = , les { $count } premiers
figures-in-all-groups = {" "}({ $count } en tout{ $cut } ; g : par responsable)
figures-in-all-owners = {" "}({ $count } en tout{ $cut } ; g : par groupe)

## Review: the follow-up form and the export question

followup-title = Suivi de { $id }
followup-overdue = {" "}· { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
followup-owes = { $owner } · échéance { $when }{ $overdue } · { $session }
followup-last = dernier : { $date } { $who } : { $change }{ $note }
followup-status = Statut
followup-deadline = Échéance
followup-owner-hint = garder le responsable, ou qui en est chargé désormais
followup-owner = Responsable
followup-note = Note
followup-deadline-hint = garder l'échéance, ou une nouvelle : 31/03/2027, +3 mois, fin juin
followup-note-hint = ce qui s'est passé : avancées, raison d'un retard
followup-needs-note = → { $date } (une note est requise)
followup-letters = {"  "}d → { $done } · D → { $dropped }
review-export-markdown = le document final (Markdown)
review-export-csv = les engagements (CSV)
review-export-calendar = les échéances (calendrier)
review-export-html = le document final à envoyer (HTML)
review-export-docx = le document final à envoyer (DOCX, pour Word)
review-export-external = Markdown et CSV pour l'extérieur : sans identifiants, heures ni chemins
export-title = Exporter cette séance
export-for-outside = Markdown et CSV : pour l'extérieur (e : pour l'équipe)
export-for-team = Markdown et CSV : pour l'équipe (e : pour l'extérieur)
export-beside = écrit à côté du fichier de la séance · toute autre touche annule

## Review: footer words (the keymap's English words, said in the language)

review-footer-open = ouvrir
review-footer-its-commitments = ses engagements
review-footer-all-commitments = tout voir
review-footer-figures = chiffres
review-footer-scroll = défiler
review-footer-export = exporter
review-footer-follow-up = suivi
review-footer-search = chercher
review-footer-sort = trier
review-footer-by-owner = par responsable
review-footer-overdue = en retard
review-footer-due-within = échéances proches
review-footer-clear-back = effacer/retour
review-footer-group-owner = groupe/responsable

## Review: messages

review-esc-first = Échap : c'est le premier écran, rien derrière ; q pour quitter
review-stray = { $key } ne fait rien ici ; ? liste les touches
review-saved = { $id } mis à jour et enregistré dans { $file }
review-wrote = { $name } écrit dans { $dir }
review-conflict-unreadable = { $by } a fait le suivi entre-temps, et le fichier ne peut plus être relu ; votre texte est conservé
review-conflict = { $by } a fait le suivi de { $id } pendant que vous écriviez : il est maintenant { $status }. Votre texte est conservé : Entrée l'enregistre par-dessus, Échap deux fois l'abandonne

## The command line: messages and errors

cli-check-needs = plenary check a besoin des fichiers d'ordre du jour ou de séance à vérifier, un ou plusieurs :
cli-check-usage = plenary check FICHIER.json...   par exemple plenary check mon-ordre-du-jour.json, ou plenary check sessions/*.json
cli-check-valid-agenda = ✓ { $file } : un ordre du jour valide, « { $title } »
cli-check-valid-session = ✓ { $file } : une séance enregistrée valide, « { $title } »
cli-check-problems = ✗ { $file } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} :
cli-check-warnings = ! { $file } : { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
} :
cli-not-run = { $file } est un ordre du jour qui n'a pas encore été tenu : il n'y a rien à exporter
cli-no-deadlines = { $file } n'a aucun engagement : pas d'échéances à mettre dans un calendrier (rien n'a été écrit)
cli-docx-binary = un document DOCX est un fichier binaire : donnez -o FICHIER.docx (ou redirigez la sortie)
cli-docx-report-binary = un rapport DOCX est un fichier binaire : donnez -o FICHIER.docx (ou redirigez la sortie)
cli-wrote = { $path } écrit
cli-no-sessions-dir = le dossier des séances { $dir } n'existe pas : donnez à --dir (ou PLENARY_DIR) le dossier où `plenary run` enregistre, ou nommez les fichiers de séance
cli-skipped = { $file } ignoré : { $reason }
cli-left-out-list = { $count ->
    [one] { $count } fichier n'a pas pu être lu (nommé plus haut) : la liste le laisse de côté
   *[other] { $count } fichiers n'ont pas pu être lus (nommés plus haut) : la liste les laisse de côté
}
cli-left-out-report = { $count ->
    [one] { $count } fichier n'a pas pu être lu (nommé plus haut) : le rapport le laisse de côté
   *[other] { $count } fichiers n'ont pas pu être lus (nommés plus haut) : le rapport les laisse de côté
}
cli-left-out-reminders = { $count ->
    [one] { $count } fichier n'a pas pu être lu (nommé plus haut) : les rappels le laissent de côté
   *[other] { $count } fichiers n'ont pas pu être lus (nommés plus haut) : les rappels les laissent de côté
}
cli-review-none = Aucune séance enregistrée dans { $dir }. Lancez-en une avec `plenary run AGENDA.json`, ou nommez des fichiers : `plenary review FICHIER...`.
cli-name-refused = --name { $why } : donnez un nom sans ce caractère
review-form-unwritten = le suivi de { $id } n'a pas été écrit ; il contenait : { $typed }
review-form-kept = il est gardé, et le prochain `plenary review` le rouvre
review-form-not-kept = il n'a pas pu être gardé ({ $why })
review-form-copy-it = copiez-le d'ici pour le garder
review-form-restored = Rétabli ce que votre revue précédente avait laissé : un suivi à moitié rempli
cli-fail-if-any-gone = --fail-if-any n'existe plus : il sortait avec 1 quand rien ne correspondait, le contraire de son nom ; utilisez --exit-status (0 quelque chose correspond, 1 rien, 2 une erreur)
cli-remind-by-hand = {" "}; le récapitulatif est dans { $file }, à transmettre à la main
cli-remind-no-address = pas d'adresse e-mail pour { $owner } ({ $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
}) : ajoutez un e-mail au participant dans la séance{ $kept }

## The launcher (plenary with no command)

launcher-title = {" "}plenary · choisissez un ordre du jour à lancer, ou une séance à reprendre
launcher-cannot-run = à corriger
launcher-unreadable = illisible
launcher-agenda = programme
launcher-session = séance
launcher-shows-why = Entrée dit pourquoi
launcher-ended = terminée
launcher-in-progress = en cours
launcher-not-started = pas commencée
launcher-commitments = { $count ->
    [one] { $count } engagement
   *[other] { $count } engagements
}
launcher-footer-start = lancer ou reprendre
cli-edit-needs = plenary edit a besoin du fichier d'ordre du jour à modifier :
cli-edit-usage = plenary edit FICHIER.json   par exemple plenary edit mon-ordre-du-jour.json (plenary new en crée un nouveau)
cli-edit-missing = { $file } n'existe pas : plenary new { $quoted } y crée un nouvel ordre du jour
cli-edit-folder = { $file } est un dossier, pas un ordre du jour : donnez le fichier de l'ordre du jour, ou créez-en un dans le dossier avec plenary new { $quoted }
cli-edit-recorded = { $file } est une séance enregistrée, pas un ordre du jour : modifiez son programme pendant qu'elle se déroule (plenary run { $quoted }, puis 5), ou modifiez l'ordre du jour dont elle est partie{ $from }
cli-edit-rescued = Arrêté avant l'enregistrement des modifications ; elles sont dans { $file } (plenary edit { $quoted }).
cli-edit-not-rescued = Arrêté avant l'enregistrement des modifications, et { $why }
cli-edit-saved = Ordre du jour enregistré dans { $file }. Vérifiez-le : plenary check { $quoted }   Lancez-le : plenary run { $quoted }
cli-edit-unchanged = Rien n’a changé : { $file } est tel qu’il était. Le vérifier : plenary check { $quoted }   Le lancer : plenary run { $quoted }
cli-edit-changes-dropped = Les modifications n'ont pas été enregistrées ; { $file } est tel qu'il était.
cli-edit-last-unsaved = Les dernières modifications n'ont pas été enregistrées ; { $file } contient l'ordre du jour tel qu'enregistré en dernier.
cli-edit-not-written = Rien d'enregistré : { $file } n'a pas été écrit.
cli-edit-nothing = Rien d'enregistré.
cli-needs-terminal-input = { $name } a besoin d'un terminal, et son entrée standard n'en est pas un : lancez-le dans une fenêtre de terminal, { $hint }
cli-needs-terminal-output = { $name } a besoin d'un terminal, et sa sortie standard n'en est pas un : lancez-le dans une fenêtre de terminal, { $hint }
cli-hint-ssh = ou par SSH avec `ssh -t`
cli-hint-review = ou par SSH avec `ssh -t` ; pour les scripts, `plenary commitments` liste les engagements
cli-hint-join = ou par SSH avec `ssh -t HÔTE plenary join` (-t demande un terminal à SSH)
cli-hint-launcher = ou par SSH avec `ssh -t` ; `plenary --help` liste les commandes pour les scripts
cli-new-no-folder = le dossier { $folder } n'existe pas : créez-le d'abord (mkdir -p { $quoted }), ou donnez un fichier dans un dossier qui existe
cli-new-kept = Rien de créé : { $file } est conservé. Modifiez-le avec `plenary edit { $quoted }`, ou donnez un autre nom.
cli-new-nothing = Rien de créé.
cli-new-participants-unreadable = impossible de lire les participants dans { $path } : { $why }
cli-new-participants-not-a-file = c'est { $what }, pas un tableur : donnez un fichier CSV (nom, organisation, groupe de parties prenantes, e-mail)
cli-new-participants-read = { $count ->
    [one] { $count } participant lu dans { $path }
   *[other] { $count } participants lus dans { $path }
}
cli-new-rows-to-look-at = { $count ->
    [one] { $read } ; 1 ligne à revoir : { $rows }
   *[other] { $read } ; { $count } lignes à revoir : { $rows }
}
cli-new-no-template = aucun modèle ne s'appelle { $name } ; les modèles sont : { $names }
cli-new-exists = { $file } existe : donnez un autre nom, ou modifiez-le avec `plenary edit { $quoted }`
cli-demo-no-example = aucun exemple ne s'appelle { $name } ; les exemples sont : { $names }
cli-remind-sent = { $count ->
    [one] { $count } rappel envoyé
   *[other] { $count } rappels envoyés
}
cli-remind-written = { $count ->
    [one] { $count } rappel écrit
   *[other] { $count } rappels écrits
} dans { $place }
cli-remind-unaddressed = { $count ->
    [one] { $count } responsable sans adresse
   *[other] { $count } responsables sans adresse
}
cli-remind-failed = {" "}; { $count ->
    [one] { $count } non envoyé
   *[other] { $count } non envoyés
}

## The last words of `plenary run`, and an unfinished session found
ending-saved = Séance enregistrée : { $path }
ending-saved-journal = Séance enregistrée : { $path } (avec son journal)
ending-resume = Pour reprendre : { $command }
ending-shared-again = {"                "}(de nouveau partagée avec le groupe { $group } ; ajoutez --private pour la garder pour vous)
unfinished-when = { $date } à { $time }
unfinished-begun = commencée le { $when }, { $commitments ->
    [one] { $commitments } engagement
   *[other] { $commitments } engagements
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
unfinished-opened = ouverte le { $when }, { $commitments ->
    [one] { $commitments } engagement
   *[other] { $commitments } engagements
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
unfinished-found = une séance de cet ordre du jour n'est pas terminée : { $path }
unfinished-resume-it = La reprendre :        { $command }
unfinished-start-new = En commencer une autre : { $command }
unfinished-ask = La reprendre ? r (ou Entrée) la reprend, n commence une nouvelle séance vide à côté, q quitte :
unfinished-not-a-choice = « { $typed } » n'est ni r, ni n, ni q.

## The table of `plenary commitments` (for people; its CSV and JSON stay English for scripts)
table-deadline = ÉCHÉANCE
table-overdue = RETARD
table-owner = RESPONSABLE
table-what = QUOI
table-status = STATUT
table-session = SÉANCE
table-days-late = { $days } j
table-none-match = Aucun engagement ne correspond.

## The agenda editor (plenary new, plenary edit): its screen
editor-head = ÉDITEUR D'ORDRE DU JOUR · { $file }
editor-new-file = un nouveau fichier, nommé d'après le titre
editor-unsaved = ● non enregistré · w enregistre
editor-saved = enregistré ✓
editor-no-date = sans date
editor-no-venue = sans lieu
editor-presenters = rapporteurs { $minutes } min
editor-tab-plan = Ordre du jour et groupes
editor-tab-people = Participants ({ $count })
editor-total = Total { $time }
editor-of-planned = sur { $time } ({ $from }–{ $to })
editor-report-back = restitution { $minutes } min, { $count ->
    [one] { $count } présentation
   *[other] { $count } présentations
} { $presenting } min
editor-refused = ✗ { $problem } (plenary run le refuserait)
editor-refused-live = le plan d'une séance en cours change dans la vue du plan (5)
editor-refused-title = un titre est nécessaire, par exemple Bilan trimestriel
editor-refused-minutes = { $minutes } minutes : donnez de 1 à 1440
editor-refused-name = un nom est nécessaire
editor-refused-already = { $name } figure déjà parmi les participants
editor-refused-no-participant = il n'y a pas de participant { $number }
editor-refused-group-name = le groupe a besoin d'un nom
editor-refused-group-taken = le groupe { $number } s'appelle déjà « { $name } »
editor-refused-no-group = il n'y a pas de groupe { $number }
editor-refused-item-title = le point a besoin d'un titre
editor-refused-no-item = il n'y a pas de point { $number }
editor-part-title = le titre
editor-part-venue = le lieu
editor-part-name = le nom
editor-part-organisation = l'organisation
editor-part-stakeholder = la catégorie
editor-part-email = le courriel
editor-part-group-name = le nom
editor-part-topic = le thème
editor-part-presenter = le rapporteur
editor-part-member = un membre
editor-part-question = une question
editor-part-prompt = une consigne
editor-row-refused = { $name } : { $why }
editor-more = (et { $count } de plus : ! les liste tous)
editor-col-name = NOM
editor-col-organisation = ORGANISATION
editor-col-stakeholder = CATÉGORIE
editor-col-email = COURRIEL
editor-more-people = { $count } de plus, ↑↓ pour voir
editor-no-people = Aucun participant : a en ajoute un, i lit un tableur (CSV)
footer-remove = retirer
footer-import-csv = importer CSV
footer-out-back = retirer / remettre

## The agenda editor: forms
editor-field-title = Titre
editor-field-date = Date
editor-field-venue = Lieu
editor-field-starts = Début
editor-field-ends = Fin
editor-field-language = Langue
editor-field-presenter-minutes = Temps de parole
editor-field-name = Nom
editor-field-organisation = Organisation
editor-field-stakeholder = Catégorie
editor-field-email = Courriel
editor-field-topic = Thème
editor-field-presenter = Rapporteur
editor-field-members = Membres
editor-field-questions = Questions
editor-field-minutes = Minutes
editor-field-kind = Type
editor-field-prompts = Consignes
editor-field-file = Fichier CSV
editor-form-details = Les détails de la séance
editor-form-add-person = Ajouter un participant
editor-form-edit-person = Modifier un participant
editor-form-add-group = Ajouter un groupe
editor-form-edit-group = Modifier un groupe
editor-form-edit-item = Modifier un point
editor-form-add-item = Ajouter un point
editor-form-import = Participants depuis un tableur

## The agenda editor: questions, problems, messages
editor-ask-title = Vraiment ?
editor-ask-quit-unsaved = L'ordre du jour a des changements non enregistrés. w enregistre et quitte, o quitte sans enregistrer, n continue.
editor-ask-quit-form-unsaved = Quitter et abandonner le formulaire ouvert ? L'ordre du jour a aussi des changements non enregistrés : w les enregistre (sans le formulaire) et quitte, o quitte sans enregistrer, n revient au formulaire.
editor-ask-quit-form = Quitter et abandonner le formulaire ouvert ? L'ordre du jour est enregistré. o quitte, n revient au formulaire.
editor-ask-remove = Retirer { $name } des participants ? o retire, n garde.
editor-ask-remove-roles = { $name } { $roles }. Retirer { $name } des participants et de ces groupes ? o retire, n garde.
editor-role-presents = présente le groupe { $number } « { $group } »
editor-role-member = est membre du groupe { $number } « { $group } »
editor-problems-title = Problèmes et avertissements
editor-no-problems = Aucun problème, aucun avertissement.
editor-problems-keys = ↑↓ défiler · toute autre touche ferme
editor-removed = { $name } retiré des participants
editor-saved-in = Enregistré ✓ { $file }
editor-details-changed = Détails modifiés
editor-item-saved = « { $title } » modifié : { $minutes } min · w enregistre le fichier
editor-typo-dropped = « { $typo } » retiré : { $field } est donné
editor-group-saved = Groupe « { $name } » modifié · w enregistre le fichier
editor-item-added = Point ajouté

## The agenda editor: what an empty field says
editor-hint-workshop-title = le titre de l'atelier
editor-hint-date = ex. 2027-03-31 (ou vide)
editor-hint-venue = où il a lieu
editor-hint-starts = ex. 09:00 : chaque point reçoit son heure
editor-hint-ends = ex. 11:30 : le total s'y mesure
editor-hint-presenter-minutes = minutes par rapporteur, ex. 5
editor-hint-full-name = nom complet
editor-hint-organisation = ministère, agence, organisation
editor-hint-email = où le suivi les joint
editor-hint-group-name = le nom du groupe
editor-hint-topic = ce dont il discute
editor-hint-presenter = qui présente (parmi les participants)
editor-hint-members = noms, séparés par des virgules (,, dans un nom)
editor-hint-questions = questions guides, séparées par ; (;; dans l’une)
editor-hint-group-minutes = vide : les minutes de la séance
editor-hint-item-title = ce que fait la salle
editor-hint-item-minutes = combien de temps, ex. 10
editor-hint-prompts = points à aborder, séparés par ; (;; dans l’un)
editor-hint-csv = chemin d'un .csv : nom, organisation, catégorie, courriel

## The agenda editor: what it says when it opens
editor-opened-with-problems = { $count ->
    [one] { $count } problème ici empêcherait plenary run (le premier est sous le Total) : corrigez-le ici, puis w enregistre
   *[other] { $count } problèmes ici empêcheraient plenary run (le premier est sous le Total) : corrigez-les ici, puis w enregistre
}

## plenary new: the list of templates
chooser-head = NOUVEL ORDRE DU JOUR · partir de…
template-report-back = Atelier avec restitution : groupes de travail, un rapporteur chacun avec cinq minutes, plan d'action, relecture
template-peer-learning = Échange entre pairs : quatre groupes, dont un avec une présentation plus courte
template-follow-up = Réunion de suivi : chaque engagement antérieur tour à tour, puis la suite
template-short-plenary = Plénière courte : deux groupes rapides, engagements, clôture
template-blank = Ordre du jour vide : un point d'ouverture, sans groupes ni participants
footer-start-from-it = partir de là

## The agenda editor: refusals and what a change did
editor-hint-stakeholder = ex. Gouvernement, Société civile
editor-not-minutes = « { $typed } » n'est pas un nombre de minutes de 1 à 1440 : tapez par ex. 5
editor-date-day-first = { $date } (jour d'abord)
editor-not-time = « { $typed } » n'est pas une heure : tapez par ex. 09:30
editor-which-file = quel fichier ? ex. participants.csv
editor-ends-before-start = { $ends } est avant le début ({ $starts }) : donnez l'heure de fin de l'atelier
editor-person-saved = { $name } : participant modifié · w enregistre le fichier
editor-how-many-minutes = combien de minutes ? ex. 10
editor-people-added = { $count ->
    [one] { $count } participant ajouté depuis { $file }
   *[other] { $count } participants ajoutés depuis { $file }
}
editor-examples-replaced = Les { $count } participants d'exemple du modèle ont été remplacés (et retirés des groupes) : { $said }
editor-rows-left-out = { " " }; { $count ->
    [one] { $count } écarté
   *[other] { $count } écartés
} : { $rows }
editor-group-out = « { $name } » retiré : il est laissé de côté à l'enregistrement (x le remet)
editor-group-back = « { $name } » est de retour
editor-not-saved = NON ENREGISTRÉ : { $problem } (plenary run le refuserait ; corrigez d'abord)

## The agenda editor and plenary new's list: the keys overlay (?)
help-editor-scope-items = Dans l'éditeur (1), l'ordre du jour
help-editor-scope-groups = Dans l'éditeur (1), les groupes dans l'ordre de restitution
help-editor-scope-people = Dans l'éditeur (2), les participants
help-editor-scope-everywhere = Partout dans l'éditeur
help-editor-scope-names = Pendant que des noms sont proposés (rapporteur, membres)
help-editor-scope-templates = Choisir un modèle
help-editor-item-edit = modifier le point choisi : titre, type, minutes, consignes
help-editor-item-add = ajouter un point après celui choisi
help-editor-item-take-out = retirer le point choisi (demande)
help-editor-item-earlier = avancer le point choisi
help-editor-item-longer = une minute de plus pour le point choisi
help-editor-item-shorter = une minute de moins pour le point choisi
help-editor-to-groups = vers les groupes
help-editor-group-edit = modifier le groupe choisi : nom, thème, questions, membres, rapporteur, minutes
help-editor-group-add = ajouter un groupe (il présente en dernier)
help-editor-group-out = retirer le groupe choisi ou le remettre (ignoré à l'enregistrement)
help-editor-person-up = choisir le participant précédent
help-editor-person-down = choisir le participant suivant
help-editor-person-edit = modifier le participant choisi
help-editor-person-add = ajouter un participant : nom, organisation, catégorie, courriel
help-editor-person-remove = retirer le participant choisi
help-editor-person-page-up = dix participants plus haut
help-editor-person-page-down = dix participants plus bas
help-editor-person-first = le premier participant
help-editor-person-last = le dernier participant
help-editor-import = ajouter des participants depuis un tableur enregistré en CSV
help-editor-show-plan = l'ordre du jour et les groupes
help-editor-show-people = les participants
help-editor-details = les détails de la séance : titre, date, lieu, heures de début et de fin, temps de parole
help-editor-save = enregistrer l'ordre du jour dans son fichier (Ctrl-S aussi)
help-editor-problems = chaque problème et avertissement, comme plenary check les liste (↑↓ défile)
help-editor-quit = quitter (Ctrl-C aussi ; demande si des changements ne sont pas enregistrés)
help-editor-name-next = surligner le nom proposé suivant
help-editor-name-previous = surligner le nom proposé précédent
help-editor-name-take = prendre le nom surligné (Tab aussi)
help-editor-template-up = le modèle au-dessus
help-editor-template-down = le modèle en dessous
help-editor-template-choose = partir du modèle choisi
help-editor-template-leave = partir sans rien créer

## The agenda editor: saving and reading files
editor-changed-on-disk = NON ENREGISTRÉ : { $file } a changé sur le disque depuis son ouverture ici (un autre éditeur, ou une modification à la main) ; w à nouveau le remplace par cet ordre du jour
editor-not-saved-why = NON ENREGISTRÉ : { $why }
editor-cannot-read = impossible de lire { $file } : { $why }
editor-not-a-spreadsheet = est { $what }, pas un tableur : donnez le chemin d'un fichier .csv
editor-a-folder = un dossier
editor-cannot-write = impossible d'écrire { $file } : { $why }
editor-cannot-read-back = { $file } ne se relit pas : { $why }
editor-not-what-was-written = { $file } ne contient pas ce qui a été écrit

## The command line's grammar and its errors (clap's own words stay in English; these are
## what French and Spanish say instead, and the value refusals every language shares).
## A heading is followed by clap's colon: French puts a space before it.

cli-heading-usage = Utilisation :
cli-heading-options = Options{ " " }
cli-heading-arguments = Arguments{ " " }
cli-heading-commands = Commandes{ " " }
cli-note-values = au choix : { $values }
cli-note-default = par défaut : { $value }
cli-note-env = ou la variable { $name }
cli-usage-options = [OPTIONS]
cli-usage-command = [COMMANDE]
cli-error-unknown-option = l'option { $arg } n'existe pas ici
cli-error-did-you-mean = { " " }; vouliez-vous dire { $suggestion } ?
cli-error-as-value = { " " }; pour la donner comme valeur, mettez -- devant : { $value }
cli-error-unknown-command = la commande { $command } n'existe pas
cli-error-missing-value = { $arg } attend une valeur après lui
cli-error-invalid-choice = { $arg } n'accepte pas « { $value } » : donnez l'une de ces valeurs : { $valid }
cli-error-invalid-value = { $arg } ne peut pas prendre « { $value } » : { $why }
cli-error-refused = { $arg } : { $why }
cli-error-missing-argument = il manque { $arg }
cli-error-missing-command = donnez une commande
cli-error-conflict = { $arg } et { $other } ne vont pas ensemble
cli-error-too-many = { $arg } ne prend qu'une valeur (« { $value } » est de trop)
cli-error-more = Pour voir ce que la commande attend : { $command } --help
cli-status-open = ouvert
cli-status-in-progress = en-cours
cli-status-done = fait
cli-status-dropped = abandonné
cli-status-unknown = « { $text } » n'est pas un statut : utilisez ouvert, en-cours, fait ou abandonné (ou open, in-progress, done, dropped)
cli-date-past-unknown = « { $text } » n'est pas une date que je comprends ; essayez 01/11/2026, 1er novembre, hier, il y a 3 semaines
cli-since-future = « { $text } » est le { $date }, un jour encore à venir : --since regarde en arrière ; essayez hier, 1er novembre, il y a 3 semaines
cli-days-unknown = « { $text } » n'est pas un nombre de jours ; essayez 14, dans 3 semaines, fin juin, 31 mars 2027
cli-port-unknown = « { $text } » n'est pas un numéro de port : donnez un nombre entier de 1 à 65535, par exemple 587

## plenary demo --list: what each built-in example shows

demo-about-report-back = atelier avec restitution : trois groupes de travail, cinq minutes par présentation, plan d'action
demo-about-peer-learning = échange entre pairs : quatre groupes, dont un qui présente en trois minutes
demo-about-follow-up = une réunion de suivi : chaque engagement pris auparavant à son tour, puis deux groupes sur la suite
demo-about-short-plenary = un court point trimestriel : deux groupes de travail et leur restitution

## plenary join: finding the live session, and why one cannot be joined

join-none-listed = Aucune séance en direct à rejoindre sur cette machine (cherché dans { $looked }).
join-none-because = Aucune séance en direct à rejoindre sur cette machine : { $why }
join-none-start = Aucune séance en direct à rejoindre sur cette machine (cherché dans { $looked }) ; l'animateur·rice en lance une avec `plenary run`, et avec --allow-group GROUPE pour les preneurs de notes qui se connectent sous leur propre compte{ $more }
join-several = { $count } séances en direct ici ; choisissez-en une avec --session NOM :
join-no-such-session = aucune séance en direct ne s'appelle { $name } (plenary join --list les montre)
join-several-match = { $count } séances en direct correspondent à { $name } ; donnez une plus grande partie du nom :
join-no-such-user = il n'y a pas d'utilisateur Unix nommé { $name }
join-user-lookup = impossible de chercher l'utilisateur Unix { $name }
join-cannot-reach = impossible de joindre { $path }
join-unconfirmed-lost = ce qui n'était pas encore confirmé n'a pas pu être gardé ({ $why }) : c'est perdu
join-unconfirmed-kept = { $count ->
    [one] 1 modification pas encore confirmée est gardée dans { $path } et sera envoyée quand vous reviendrez sous le même nom
   *[other] { $count } modifications pas encore confirmées sont gardées dans { $path } et seront envoyées quand vous reviendrez sous le même nom
}
join-form-kept = le formulaire ouvert est gardé dans { $path } et sera rouvert quand vous reviendrez sous le même nom
join-runtime-too-long = le dossier d'exécution est trop long pour un socket : donnez à PLENARY_RUNTIME_DIR un dossier court, p. ex. /tmp/plenary-$(id -u), pour l'animateur·rice comme pour les preneurs de notes ({ $dir } fait { $bytes } octets ; le chemin entier d'un socket doit rester sous 108)
join-denied = { $who } mène une séance dans { $dir } que vous ne pouvez pas rejoindre (permission refusée)
join-group-not-yet = { $who } partage peut-être une séance avec le groupe { $group }, et vous êtes dans { $group }, mais cette connexion ne le sait pas encore : déconnectez-vous puis reconnectez-vous (ou lancez `newgrp { $group }`), puis rejoignez
join-group-not-in = { $who } partage peut-être une séance avec le groupe { $group }, dont vous ne faites pas partie : demandez à être ajouté·e à { $group }, ou demandez à { $who } de la partager avec un groupe dont vous êtes
join-not-shared-group = { $who } mène une séance qui n'est pas partagée avec vous : demandez à { $who } de la lancer avec --allow-group { $group } (un groupe dont vous faites partie tous les deux)
join-not-shared = { $who } mène une séance qui n'est pas partagée avec vous : demandez à { $who } de la lancer avec --allow-group et un groupe dont vous faites partie
join-drafts-changes = { $count ->
    [one] { $count } modification pas encore confirmée
   *[other] { $count } modifications pas encore confirmées
}
join-drafts-form = un formulaire à moitié rempli
join-drafts-and = { " " }et{ " " }
join-drafts-restored = ce que votre connexion précédente avait laissé est rétabli : { $what }
join-drafts-others = les brouillons d'autres connexions sont gardés : { $what } (rejoignez avec le même --name pour les retrouver)
join-name-empty = votre nom est vide : rejoignez avec --name et le nom que les autres doivent voir
join-name-long = votre nom fait { $length } caractères, { $most } au plus : rejoignez avec un --name plus court
join-name-bytes = votre nom prend { $bytes } octets, { $most } au plus (trop d'accents sur ses lettres) : rejoignez avec un --name plus simple
join-not-joining = pas de connexion à la séance
join-link = { $dir } est un lien symbolique, pas un dossier : quelqu'un détourne peut-être plenary ; supprimez-le si vous ne l'avez pas créé
join-foreign-dir = pas de connexion : { $dir } appartient à { $who }, pas à vous, donc quelqu'un d'autre pourrait y mener une séance pour lire vos notes. Si { $who } anime la séance, rejoignez avec --facilitator { $who } ; sinon prévenez l'animateur·rice
join-open-dir = pas de connexion : d'autres peuvent écrire dans { $dir } (mode { $mode }), donc n'importe qui a pu y mettre une séance ; l'animateur·rice peut corriger cela avec chmod go-w { $dir }
join-who-runs = pas de connexion : impossible de savoir qui mène la séance
join-impostor = pas de connexion : la séance est menée par { $who }, pas par { $owner } à qui appartient son dossier : quelqu'un se fait peut-être passer pour l'animateur·rice ; prévenez-le ou la

## plenary run: what it says in the terminal before and after the console

run-not-in-group = vous n'êtes pas dans le groupe { $group }, donc vous ne pouvez pas partager une séance avec lui : demandez à un administrateur de vous y ajouter (usermod -a -G { $group } { $user }), reconnectez-vous, puis relancez
run-group-check = impossible de vérifier si vous êtes dans le groupe { $group }
run-group-lookup = impossible de chercher le groupe Unix { $group }
run-no-such-group = il n'y a pas de groupe Unix nommé { $group }
run-not-shared = NON PARTAGÉE avec les preneurs de notes : { $why }
run-not-shared-after = NON PARTAGÉE : personne n'a pu rejoindre cette séance pour prendre des notes : { $why }
run-clock-behind = L'horloge de cet ordinateur retarde de { $span } sur l'heure du dernier enregistrement de cette séance
run-clock-away = D'après l'horloge de cet ordinateur, cette séance a été enregistrée pour la dernière fois il y a { $span }
run-timers-held = { $doubt } : le minuteur de { $names } a été arrêté au temps qu'il avait alors. Espace le relance.
run-span-seconds = { $count } s
run-span-minutes = { $count } min
run-span-hours = { $hours } h { $minutes } min
run-span-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
run-problems = { $file } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} : { $list }
run-cannot-be-run = { $file } ne peut pas être lancé :
run-cannot-be-exported = { $file } ne peut pas être exporté :
run-cannot-be-followed-up = { $file } ne peut pas être suivi :
run-same-list = (plenary check { $file } donne la même liste)
run-follow-up-a-session = --follow-up commence une nouvelle séance : donnez-lui un ordre du jour, pas la séance enregistrée { $file }
run-follow-up-agenda = { $file } est un ordre du jour qui n'a pas été joué : il n'a aucun engagement à suivre
run-follow-up-copies = { $file } et { $copy } sont des copies d'une même séance : suivez l'une des deux, pour que chaque statut soit réécrit une seule fois
run-follow-up-nothing = aucun engagement ouvert ou en cours dans { $files } : rien à suivre
run-form-kept = il est gardé, et le prochain `plenary run` de cette séance le rouvre
run-form-not-kept = il n'a pas pu être gardé ({ $why })
run-form-copy-it = copiez-le d'ici pour le garder
run-never-began = La séance n'a jamais commencé et rien n'a été enregistré : aucun fichier de séance n'a été gardé.
run-run-it = Pour la lancer : { $command }

## Review and the launcher: the keys overlay (?), each key's words and headings
review-help-sessions-up = séance précédente
review-help-sessions-down = séance suivante
review-help-open = ouvrir le compte rendu de la séance
review-help-sessions-commitments = ses engagements
review-help-board = les engagements de toutes les séances
review-help-sessions-figures = chiffres : réalisés, dans les temps, renégociés, en retard, abandonnés, par séance et par groupe
review-help-record-up = remonter
review-help-record-down = descendre
review-help-record-top = revenir en haut
review-help-record-commitments = les engagements de cette séance
review-help-export = exporter : Markdown, CSV, calendrier, HTML ou DOCX
review-help-record-back = retour aux séances
review-help-board-first = le premier
review-help-board-last = le dernier
review-help-follow-up = suivre l'engagement choisi
review-help-search = chercher en tapant : action, responsable, organisation, groupe, séance
review-help-toggle-overdue = seulement ceux en retard
review-help-next-status = statut : tous, encore dus, ouvert, en cours, fait, abandonné
review-help-next-due-within = échéance dans 7, 30 ou 90 jours
review-help-next-sort = trier par échéance, responsable ou séance
review-help-toggle-by-owner = regrouper par responsable
review-help-clear-or-back = effacer filtres et regroupement, puis revenir d'où vous veniez
review-help-board-figures = les chiffres des engagements affichés
review-help-figures-up = faire défiler les séances vers le haut
review-help-figures-down = faire défiler les séances vers le bas
review-help-figures-group = barres par groupe de parties prenantes ou par responsable
review-help-figures-back = revenir là où f a été pressé
review-help-end-search = garder la recherche et se déplacer dans la liste
review-help-cancel-search = effacer la recherche
review-scope-sessions = Séances
review-scope-record = Compte rendu d'une séance
review-scope-board = Tableau des engagements
review-scope-search = Recherche
review-scope-export = Export
review-scope-figures = Chiffres
review-where-sessions = sur la liste des séances
review-where-record = sur le compte rendu d'une séance (Entrée sur la liste)
review-where-board = sur le tableau des engagements (b ou c)
review-where-search = pendant une recherche dans le tableau (/)
review-where-export = après x sur le compte rendu d'une séance
review-where-figures = sur les chiffres (f sur les séances ou le tableau)
launcher-help-up = fichier précédent
launcher-help-down = fichier suivant
launcher-help-open = lancer l'ordre du jour ou reprendre la séance
launcher-help-leave = partir
launcher-scope-list = Choisir un fichier

## The launcher and the list of templates: a key that does nothing there
stray-esc-first = Échap : c'est le premier écran, rien derrière
stray-key = { $key } ne fait rien ici
stray-keys-here = { $what } ; les touches ici : { $keys }

## The facilitator's side of sharing: the runtime directory the live session's socket is in

host-dir-not-a-dir = { $dir } n'est pas un dossier
host-dir-cannot-open = impossible d'ouvrir { $dir }
host-dir-cannot-create = impossible de créer { $dir }
host-dir-foreign = { $dir } appartient à { $who }, pas à vous : quelqu'un d'autre l'a créé ; donnez à PLENARY_RUNTIME_DIR un dossier à vous
host-dir-cannot-chgrp = impossible de donner { $dir } au groupe { $group }
host-dir-open = d'autres peuvent écrire dans { $dir } (mode { $mode }), donc n'importe qui pourrait y mettre une séance : lancez chmod go-w { $dir }
host-dir-group-cannot-reach = le groupe ne peut pas atteindre { $dir }, qui n'a pas été créé par ce plenary (il est laissé tel quel) : lancez chgrp { $group } { $dir } && chmod 750 { $dir }

## plenary edit: values of the file that could not be read, shown as stand-ins
editor-opened-with-stand-ins = { $count ->
    [one] 1 valeur du fichier est illisible : l'éditeur montre une valeur provisoire à sa place (sous le Total, et dans !). Donnez-la ici ; w demande avant d'enregistrer une valeur provisoire
   *[other] { $count } valeurs du fichier sont illisibles : l'éditeur montre des valeurs provisoires à leur place (sous le Total, et dans !). Donnez-les ici ; w demande avant d'enregistrer une valeur provisoire
}
editor-stand-in = { $place } contient { $was }, enregistré comme { $now }
editor-stand-in-twice = { $place } est écrit deux fois, et seule la dernière valeur, { $now }, est gardée
editor-stand-in-nothing = rien
editor-stand-in-left-out = omis
editor-stand-in-problem = ✗ { $problem } (ici : { $now } tant que vous ne l'avez pas donné)
editor-ask-stand-ins = { $count ->
    [one] Une valeur du fichier est illisible, et enregistrer maintenant écrit sa valeur provisoire à sa place
   *[other] { $count } valeurs du fichier sont illisibles, et enregistrer maintenant écrit leurs valeurs provisoires à leur place
} : { $list }. w enregistre ainsi, n revient pour { $count ->
    [one] la donner
   *[other] les donner
} (la liste de ! donne leur correction).
cli-edit-stand-ins-left = { $count ->
    [one] Le fichier contient encore une valeur que plenary ne peut pas lire : plenary check { $quoted } dit où et comment la corriger.
   *[other] Le fichier contient encore { $count } valeurs que plenary ne peut pas lire : plenary check { $quoted } dit où et comment les corriger.
}
