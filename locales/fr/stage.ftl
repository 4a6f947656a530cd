# Les messages de plenary en français. Mêmes identifiants que locales/en.ftl, ni plus ni
# moins (tests/catalogues.rs). Le français compte 0 et 1 au singulier ([one]).

## La phase du minuteur, en mots sous les chiffres (la scène)

phase-ready-start = PRÊT · Espace pour lancer
phase-running = EN COURS
phase-paused-over = EN PAUSE · DÉPASSÉ DE { $time } · Espace pour reprendre
phase-paused-time = EN PAUSE · TEMPS ÉCOULÉ · Espace pour reprendre
phase-paused-left = EN PAUSE · ENCORE { $time } · Espace pour reprendre
phase-paused-resume = EN PAUSE · Espace pour reprendre
phase-warning = 1 MINUTE RESTANTE
phase-time = TEMPS ÉCOULÉ
phase-time-over = TEMPS ÉCOULÉ · DÉPASSÉ DE { $time }

## La phase en grandes lettres (mode projecteur) et sur la ligne du minuteur

word-ready = PRÊT
word-paused = EN PAUSE
word-paused-over = EN PAUSE  DÉPASSÉ DE { $time }
word-paused-time = EN PAUSE  TEMPS ÉCOULÉ
word-paused-last = EN PAUSE  DERNIÈRE MINUTE
word-over = DÉPASSÉ DE { $time }
compact-paused-over = EN PAUSE · DÉPASSÉ DE { $time }

## Le compte à rebours d'un point de l'ordre du jour

item-planned = sur { $minutes } min prévues
item-planned-word = SUR { $minutes } MIN

## Avant le premier point, et après le dernier

stage-items = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
stage-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
stage-plan = { $items } · { $groups } · { $time } prévues
stage-carried = { $count ->
    [one] { $count } engagement antérieur à suivre au point { $item }
   *[other] { $count } engagements antérieurs à suivre au point { $item }
}
stage-press = Appuyez sur{" "}
stage-to-begin = {" "}pour commencer : { $title }
stage-ended = SÉANCE TERMINÉE
stage-in-all = { $time } en tout ({ $planned } prévues)
stage-commitments-recorded = { $count ->
    [one] { $count } engagement noté · 2 pour les revoir · c pour en ajouter
   *[other] { $count } engagements notés · 2 pour les revoir · c pour en ajouter
}
stage-saved-in = Enregistré dans { $path }

## La restitution : le groupe qui présente, son rapporteur, la file

stage-group-of = Groupe { $place } sur { $count } : { $name }
stage-absent = { $name } (absent)
stage-presenter = Rapporteur :{" "}
stage-next = ensuite : { $name }
card-presenter = Rapporteur{" "}
queue-heading = Ordre de passage · { $status }
queue-left = reste { $time }
queue-over = dépassé de { $time }
queue-all-presented = tous les groupes ont présenté
queue-to-go = { $count ->
    [one] { $count } groupe à venir
   *[other] { $count } groupes à venir
}
queue-spare = { $time } de marge
queue-short = { $time } de trop
queue-absent = absent
queue-now = ▶ maintenant
queue-waiting = en attente
queue-used-over = { $used } pris, dépassé de { $over }
queue-used = { $used } pris
more-below = { $count } de plus ↓
more-above = { $count } de plus ↑
more-above-below = { $above } de plus ↑ · { $below } de plus ↓
more-right = { $count ->
    [one] 1 autre →
   *[other] { $count } autres →
}
more-left = { $count ->
    [one] ← 1 autre
   *[other] ← { $count } autres
}
more-left-right = ← { $left } · { $right } autres →

## L'ordre du jour à côté de la scène, et les sortes de points

rail-agenda = PROGRAMME
rail-plan-real = prév réel
rail-started = Début
rail-plan-end = Fin prévue
rail-now-ends = Fin estimée
rail-ended = Terminée
rail-planned = Prévu { $time }
kind-plenary = Plénière
kind-breakout = Groupes
kind-report-back = Restitution
kind-action-planning = Plan d'action
kind-break = Pause
kind-closing = Clôture
kind-follow-up = Suivi

## La relecture de ce qui a été convenu (vue 6)

readback-by = d'ici le { $date }
readback-none = RELECTURE · Aucun engagement pour l'instant : c en note un (quoi, qui, pour quand)
readback-one = RELECTURE · { $place } sur { $count } · un à la fois
readback-page = { $count ->
    [one] RELECTURE · page { $page } sur { $pages } · engagement { $shown } sur { $count }
   *[other] RELECTURE · page { $page } sur { $pages } · engagements { $shown } sur { $count }
}
status-open = ouvert
status-in-progress = en cours
status-done = fait
status-dropped = abandonné

## Le bilan une fois la séance terminée

summary-ended = SÉANCE TERMINÉE · { $elapsed } pour { $planned } prévues · { $against }
summary-presentations = PRÉSENTATIONS
summary-used = pris
summary-budget = prévu
summary-over = dépassement
summary-exports = EXPORTS
summary-outcome = le compte rendu (Markdown)
summary-calendar = les échéances en calendrier (.ics)
summary-written = écrit : { $path }
summary-beside = à côté du fichier de la séance
summary-by-owner = ENGAGEMENTS PAR RESPONSABLE ({ $count })
summary-followed-up = SUIVIS ({ $count })
summary-not-discussed = pas abordé
summary-re-agreed = repris comme { $id }
summary-more-carried = … { $count } autres suivis (tous dans le compte rendu)
summary-none = Aucun noté : c en note un
summary-more-owners = { $count ->
    [one] … { $count } autre responsable : 2 liste tous les engagements
   *[other] … { $count } autres responsables : 2 liste tous les engagements
}

## L'aide des touches (?) : chaque rubrique et ce que fait chaque touche

scope-start = Avant le début de la séance
scope-timer = Pendant la restitution
scope-breakout = Pendant les travaux en groupes
scope-notes = Dans les notes (3)
scope-note = Sur la note choisie (3)
scope-follow-up = Pendant un point de suivi
scope-commitments = Dans le tableau des engagements (2)
scope-people = Dans la liste des personnes (4)
scope-plan-items = Dans le plan (5), l'ordre du jour
scope-plan-groups = Dans le plan (5), l'ordre de passage
scope-picker = En choisissant où classer un engagement
scope-read-back = Dans la relecture (6)
scope-closing = Pendant la clôture
scope-summary = Sur le bilan, une fois la séance terminée
scope-running = Pendant la séance
scope-everywhere = Partout
scope-always = Toujours, même en choisissant une place
help-shown = Tant que ces touches sont affichées
help-scroll-up = faire défiler ces touches vers le haut
help-scroll-down = faire défiler ces touches vers le bas (toute autre touche les ferme)
help-page-up = une page plus haut
help-page-down = une page plus bas
help-start-start-session = commencer la séance (premier point de l'ordre du jour et horloge de la séance)
help-timer-toggle-timer = lancer / mettre en pause le minuteur du rapporteur
help-timer-next-group = groupe suivant (arrête l'horloge du rapporteur précédent)
help-timer-prev-group = groupe précédent
help-breakout-next-group = fiche du groupe suivant
help-breakout-prev-group = fiche du groupe précédent
help-timer-reset-timer = remettre à zéro le minuteur du rapporteur (demande)
help-follow-up-record-status = noter le statut suivant : ouvert → en cours → fait → abandonné
help-follow-up-next-carried = engagement suivant
help-follow-up-prev-carried = engagement précédent
help-follow-up-owner-timer = lancer / mettre en pause les 2 minutes du responsable
help-commitments-up = choisir l'engagement précédent
help-commitments-down = choisir l'engagement suivant
help-commitments-edit = modifier l'engagement choisi
help-commitments-cycle-status = statut suivant : ouvert → en cours → fait → abandonné
help-commitments-cycle-status-back = statut précédent, après un s de trop
help-commitments-delete-commitment = supprimer l'engagement choisi (demande ; gardé, barré) ou le rétablir
help-commitments-move-commitment = classer l'engagement choisi sous un autre point ou groupe
help-notes-up = choisir la note précédente
help-notes-down = choisir la note suivante
help-note-edit = corriger la note choisie
help-note-delete-note = supprimer la note choisie (demande ; gardée, barrée) ou la rétablir
help-plan-items-up = choisir le point précédent
help-plan-items-down = choisir le point suivant
help-plan-items-move-earlier = avancer le point choisi (seuls les points à venir bougent)
help-plan-items-move-later = reculer le point choisi
help-plan-items-lengthen = prévoir une minute de plus pour le point choisi
help-plan-items-shorten = prévoir une minute de moins pour le point choisi
help-plan-items-add-to-plan = ajouter un point après celui choisi
help-plan-items-take-out = retirer le point choisi de l'ordre du jour (demande ; pas un point déjà passé)
help-plan-items-plan-switch = vers l'ordre de passage
help-plan-groups-up = choisir le groupe précédent
help-plan-groups-down = choisir le groupe suivant
help-plan-groups-move-earlier = le groupe choisi passe plus tôt
help-plan-groups-move-later = le groupe choisi passe plus tard
help-plan-groups-add-to-plan = ajouter un groupe en retard : nom, rapporteur, thème
help-plan-groups-take-out = marquer le groupe choisi absent (sauté à la restitution), ou de retour
help-plan-groups-plan-switch = vers l'ordre du jour
help-picker-up = la place au-dessus
help-picker-down = la place en dessous
help-picker-choose = classer l'engagement ici
help-picker-back = le laisser où il est
help-read-back-read-next = l'engagement suivant, ou la page suivante
help-read-back-read-previous = l'engagement précédent, ou la page
help-read-back-read-mode = un à la fois, ou une page à la fois
help-closing-show-read-back = relire ce qui a été convenu, en grands caractères (aussi au projecteur)
help-summary-export-outcome = écrire le compte rendu (Markdown) à côté du fichier de la séance
help-summary-export-calendar = écrire les échéances en calendrier (.ics) à côté du fichier de la séance
help-people-up = choisir la personne précédente
help-people-down = choisir la personne suivante
help-people-disconnect = déconnecter la personne choisie
help-running-next-item = point suivant (après le dernier : terminer la séance, demande)
help-running-prev-item = point précédent
help-running-add-time = ajouter 30 s au minuteur affiché (rapporteur, ou compte à rebours du point)
help-running-remove-time = retirer 30 s au minuteur affiché
help-everywhere-new-commitment = nouvel engagement : action, responsable, échéance
help-everywhere-new-note = nouvelle note pour ce point et ce groupe
help-everywhere-show-stage = la scène
help-everywhere-show-commitments = le tableau des engagements
help-everywhere-show-notes = les notes
help-everywhere-show-people = qui s'est connecté (preneurs de notes et spectateurs)
help-everywhere-show-plan = le plan : changer l'ordre du jour et l'ordre de passage en direct
help-everywhere-show-read-back = la relecture : les engagements en grands caractères, à lire à la salle
help-everywhere-toggle-projector = mode projecteur : l'essentiel, en très grand
help-everywhere-toggle-mute = couper / rétablir la sonnerie
help-everywhere-back = quitter le mode projecteur, ou revenir à la scène
help-always-help = ces touches
help-everywhere-quit = quitter (demande si un minuteur tourne ou si des changements ne sont pas enregistrés)
help-always-interrupt = quitter sans risque à tout moment

help-title = Touches · une touche ferme
help-title-more = Touches · ↓ { $count } de plus · une autre touche ferme
help-title-back = Touches · ↑ remonter · une autre touche ferme

## Un point de suivi : les engagements des séances précédentes, un par un

follow-up-progress = { $place } sur { $count } · { $clock }
follow-up-none = Aucun engagement antérieur n'a été repris. Lancez un suivi avec : plenary run AGENDA --follow-up SEANCE.json
follow-up-due = échéance { $date }
follow-up-due-moved = échéance { $was } → { $date } ({ $count ->
    [one] reportée une fois
   *[other] reportée { $count } fois
})
follow-up-overdue = { $count ->
    [one] { $count } jour de retard
   *[other] { $count } jours de retard
}
follow-up-agreed-on = convenu à « { $title } », { $date }
follow-up-agreed = convenu à « { $title } »
follow-up-now = Maintenant :
follow-up-not-recorded = pas encore noté
follow-up-saved-to = enregistré dans { $file }
follow-up-writing-back = enregistrement
follow-up-settling = enregistré dans { $seconds } s (le temps de corriger)
follow-up-owner-ready = Temps du responsable : 2:00 · t pour lancer
follow-up-owner-paused = Temps du responsable : { $time } (en pause)
follow-up-owner-time = Temps du responsable : { $time }
follow-up-was = était { $status }
follow-up-what-said = ce qui a été dit
follow-up-re-agree = reconvenir
follow-up-next-previous = engagements

## L'en-tête

header-session = séance { $time }
header-not-started = pas commencée
header-joined = { $count ->
    [one] { $count } connecté
   *[other] { $count } connectés
}
header-bell-off = sonnerie coupée
drift-on-time = à l'heure
drift-behind = { $minutes } min de retard
drift-ahead = { $minutes } min d'avance

## Les touches telles que le pied de page les nomme, et ce qu'elles font en quelques mots

key-space = Espace
key-enter = Entrée
key-esc = Échap
key-home = Début
key-end = Fin
key-page-up = PgPréc
key-page-down = PgSuiv
key-shift-tab = Maj-Tab
footer-start = commencer
footer-start-pause = lancer / pause
footer-groups = groupes
footer-status = statut
footer-commitments = engagements
footer-owners-timer = minuteur du responsable
footer-select = choisir
footer-edit = modifier
footer-delete = supprimer
footer-file-under = classer
footer-move = déplacer
footer-minutes = minutes
footer-add = ajouter
footer-take-out = retirer
footer-absent = absent
footer-agenda = ordre du jour
footer-choose = choisir
footer-file-here = classer ici
footer-cancel = annuler
footer-next = suivant
footer-back = retour
footer-one-page = un par un / par page
footer-read-back = relecture
footer-outcome = compte rendu
footer-calendar = calendrier
footer-disconnect = déconnecter
footer-items = points
footer-time = temps
footer-commitment = engagement
footer-details = détails
footer-note = note
footer-help = aide
footer-quit = quitter

## Le champ d'échéance : la date comprise, ou pourquoi pas

deadline-understood = → { $date }
deadline-empty = tapez une date, p. ex. 31/03/2027, dans 3 mois, fin juin, vendredi prochain
deadline-unknown = « { $text } » n'est pas une date que je comprends ; essayez 31/03/2027, 31 mars 2027, dans 2 semaines, fin juin
deadline-impossible = « { $text } » n'est pas une date réelle
deadline-long-past = le { $date } date de plus d'un an : vérifiez l'année (une échéance est à venir)
