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
queue-heading = File · { $status }
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
queue-now = ▶ en cours
queue-waiting = attend
queue-used-over = { $used } pris, dépassé de { $over }
queue-used = { $used } pris
more-below = +{ $count } de plus ↓
more-above = +{ $count } de plus ↑
more-above-below = +{ $above } de plus ↑ · +{ $below } de plus ↓
more-right = +{ $count } de plus →
more-left = ← +{ $count } de plus
more-left-right = ← +{ $left } de plus · +{ $right } de plus →

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
readback-page = RELECTURE · page { $page } sur { $pages } · engagements { $shown } sur { $count }
status-open = ouvert
status-in-progress = en cours
status-done = fait
status-dropped = abandonné

## Le bilan une fois la séance terminée

summary-ended = SÉANCE TERMINÉE · { $elapsed } pour { $planned } prévues · { $against }
summary-presentations = PRÉSENTATIONS
summary-used = pris
summary-budget = prévu
summary-over = excès
summary-exports = EXPORTS
summary-outcome = le compte rendu (Markdown)
summary-calendar = les échéances en calendrier (.ics)
summary-written = écrit : { $path }
summary-beside = à côté du fichier de la séance
summary-by-owner = ENGAGEMENTS PAR RESPONSABLE ({ $count })
summary-none = Aucun noté : c en note un
summary-more-owners = { $count ->
    [one] … { $count } autre responsable : 2 liste tous les engagements
   *[other] … { $count } autres responsables : 2 liste tous les engagements
}

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
footer-one-page = un / page
footer-read-back = relecture
footer-outcome = compte rendu
footer-calendar = calendrier
footer-disconnect = déconnecter
footer-items = points
footer-time = temps
footer-commitment = engagement
footer-note = note
footer-help = aide
footer-quit = quitter

## Le champ d'échéance : la date comprise, ou pourquoi pas

deadline-understood = → { $date }
deadline-empty = tapez une date, p. ex. 31/03/2027, dans 3 mois, fin juin, vendredi prochain
deadline-unknown = « { $text } » n'est pas une date que je comprends ; essayez 31/03/2027, 31 mars 2027, dans 2 semaines, fin juin
deadline-impossible = « { $text } » n'est pas une date réelle
deadline-long-past = le { $date } date de plus d'un an : vérifiez l'année (une échéance est à venir)
