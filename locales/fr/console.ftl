### The facilitator's console and the note-taker's screens beyond the stage: forms, questions,
### confirmations on the status line, the lists (2, 3, 4), people, plan.

## The questions asked before something that cannot be taken back (y / n)

confirm-title = Confirmer
confirm-yes-key = o
confirm-yes = oui
confirm-no = non
confirm-reset = Remettre le minuteur de { $group } à { $time } ? Le temps déjà utilisé est oublié.
confirm-the-group = ce groupe
confirm-quit-running = Un minuteur tourne. Quitter quand même ? Il continue de compter si vous relancez cette séance dans les { $minutes } minutes ; au-delà, il attend en pause la touche Espace.
confirm-quit-item = Quitter quand même ? Le chrono de « { $title } » tourne : il continue pendant que plenary est fermé, et le temps s'affiche quand vous relancez la séance.
confirm-this-item = ce point
confirm-quit-form = Quitter et abandonner le formulaire ouvert ? Tout le reste est enregistré.
confirm-quit-form-kept = Quitter ? Ce que vous avez tapé dans le formulaire ouvert est gardé, et rouvert quand vous rejoignez à nouveau sous le même nom.
confirm-quit-form-kept-unsaved = { $count ->
    [one] Quitter ? { $count } modification n’est pas encore enregistrée ({ $list }) : elle est gardée pour votre prochaine connexion sous le même nom, avec ce que vous avez tapé dans le formulaire ouvert.
   *[other] Quitter ? { $count } modifications ne sont pas encore enregistrées ({ $list }) : elles sont gardées pour votre prochaine connexion sous le même nom, avec ce que vous avez tapé dans le formulaire ouvert.
}
confirm-end-session = C'était le dernier point de l'ordre du jour. Terminer la séance ?
confirm-delete-commitment = Supprimer { $id } ? Il reste dans le fichier, barré, et d le rétablit.
confirm-disconnect = Déconnecter { $who } ? Son écran indiquera que la personne qui anime l'a déconnecté.
confirm-delete-note = Supprimer cette note ? Elle reste dans le fichier, barrée, et d la rétablit.
confirm-remove-item-editing = Retirer « { $title } » de l'ordre du jour ? Son temps sort du plan ; le fichier le garde jusqu'à l'enregistrement.
confirm-remove-item = Retirer « { $title } » de l'ordre du jour ? Son temps sort du plan ; le changement est consigné.
confirm-leave-running = Un minuteur tourne. L'arrêter et passer à « { $title } » ?
confirm-the-next-item = le point suivant
confirm-groups-waiting-move = { $count ->
    [one] { $count } groupe n'a pas encore présenté : { $names }. Passer quand même à « { $title } » ?
   *[other] { $count } groupes n'ont pas encore présenté : { $names }. Passer quand même à « { $title } » ?
}
confirm-groups-waiting-end = { $count ->
    [one] { $count } groupe n'a pas encore présenté : { $names }. Terminer quand même la séance ?
   *[other] { $count } groupes n'ont pas encore présenté : { $names }. Terminer quand même la séance ?
}
confirm-quit-unsaved = Les dernières modifications ne sont PAS sur le disque (l'avertissement ci-dessous dit pourquoi). Quitter quand même ? Une copie de secours est alors écrite là où le disque le permet, et le dernier message dit où. n garde la séance ouverte et réessaie.

## The forms: the commitment (c), the note (n), the plan's (5 a), the follow-up (e)

form-new-commitment = Nouvel engagement
form-edit-commitment = Modifier l'engagement { $id }
form-from = Issu de
form-action = Action
form-owner = Responsable
form-deadline = Échéance
form-action-hint = ce qui sera fait, concrètement
form-owner-hint = qui : personne, ministère, organisation
form-deadline-hint = d'ici quand : 31/03/2027, dans 3 mois, fin juin, +2 sem.
form-past-deadline = { $date } est passé : Entrée encore pour garder cette date, ou changez-la
form-merged = { $by } a modifié cet engagement pendant que vous le modifiiez. Vos changements sont gardés, le reste est le sien ; son texte est sous chaque champ qui diffère : { $take } prend l'un ou l'autre, Entrée enregistre sur sa version.
form-before-their-change = avant son changement :{" "}
form-yours = le vôtre :{" "}
form-theirs = { $by } :{" "}
form-note = Note
form-correct-note = Corriger la note
form-note-hint = ce qui a été dit, décidé ou demandé
form-discard = Abandonner ce que vous avez tapé ?
plan-form-add-group = Ajouter un groupe en retard
plan-form-add-item = Ajouter un point à la place { $place }
plan-form-group = Groupe
plan-form-presenter = Rapporteur
plan-form-topic = Sujet
plan-form-title = Titre
plan-form-kind = Type
plan-form-minutes = Minutes
plan-form-group-hint = le nom du groupe
plan-form-presenter-hint = qui présente
plan-form-topic-hint = sur quoi il rapporte
plan-form-group-minutes-hint = les minutes par rapporteur de la séance
plan-form-title-hint = ce que fait la salle
plan-form-minutes-hint = combien de temps, p. ex. 10
plan-form-not-minutes = « { $minutes } » n'est pas un nombre de minutes : tapez p. ex. 5
plan-form-how-many = combien de minutes ? p. ex. 10
carried-form-title = Suivi de { $id }
carried-form-status = Statut
carried-form-said = Propos
carried-form-said-hint = ce qu'a dit le responsable : ce qui est fait, ce qui bloque
carried-form-deadline-hint = nouvelle date si renégociée : 30/06/2027, fin juin
carried-form-owner-hint = qui en est responsable désormais
carried-form-new-deadline = Nouvelle échéance → { $date }
leftover-commitment = le formulaire d'engagement ouvert n'a pas été enregistré ; il contenait : { $typed }
leftover-note = le formulaire de note ouvert n'a pas été enregistré ; il contenait : { $typed }
leftover-plan = le formulaire du plan ouvert n'a pas été enregistré ; il contenait : { $typed }
leftover-follow-up = le formulaire de suivi ouvert n'a pas été enregistré ; il contenait : { $typed }

## Footer words of the forms, the suggestions, a commitment in full and the note-taker

footer-apply = valider
footer-save = enregistrer
footer-next-field = champ suivant
footer-theirs-yours = sien/vôtre
footer-discard = abandonner
footer-keep-it = garder
footer-pick = choisir
footer-take-owner = prendre ce nom
footer-keep-as-typed = garder tel quel
footer-take-it = prendre
footer-scroll = défiler
footer-this-item = ce point
footer-all-commitments = tous les engagements
footer-notes = notes
footer-yours = les vôtres

## The status line: what an action did, or why it was refused

said-session-started = Séance commencée : { $title }
said-bell-muted = Sonnerie coupée
said-bell-on = Sonnerie active
said-timer-reset = Minuteur remis à { $time }
said-session-ended = Séance terminée. On peut encore ajouter des engagements ; q pour quitter.
said-disconnected = { $who } déconnecté
said-deleting = { $id } : suppression…
said-deleted = { $id } supprimé ✓ (barré ; d le rétablit)
said-restoring = { $id } : rétablissement…
said-restored = { $id } rétabli ✓
said-status-saving = { $id } est maintenant « { $status } » : enregistrement…
said-status = { $id } est maintenant « { $status } » ✓
said-filing = { $id } : classement sous { $place }…
said-filed = { $id } classé sous { $place } ✓
said-taking-off = Retrait de « { $title } »…
said-taken-off = « { $title } » retiré de l'ordre du jour ✓
said-planned-for = « { $title } » prévu pour { $minutes } min
said-marked-absent = « { $name } » marqué absent : sauté dans la restitution
said-back-in = « { $name } » revient dans la restitution
said-commitment = Engagement
said-commitment-saving = Engagement { $id } : enregistrement…
said-commitment-recorded = Engagement { $id } noté ✓
said-commitment-recorded-queued = Engagement noté ✓
said-commitment-updating = Engagement : enregistrement…
said-commitment-updated = Engagement modifié ✓
said-group-adding = Groupe ajouté : enregistrement…
said-group-added = Groupe ajouté ✓
said-item-adding = Point ajouté : enregistrement…
said-item-added = Point ajouté ✓
said-note-saving = Note : enregistrement…
said-note-recorded = Note enregistrée ✓
said-correction = Correction
said-note-corrected = Note corrigée ✓
said-restoring-note = Rétablissement de la note
said-restoring-note-saving = Rétablissement de la note…
said-note-restored = Note rétablie ✓
said-deleting-note = Suppression de la note
said-deleting-note-saving = Suppression de la note…
said-note-deleted = Note supprimée ✓ (barrée ; d la rétablit)
said-carried-saving = { $id } : { $status }, enregistrement…
said-carried = { $id } : { $status } ✓ (e : ce qu'a dit le responsable)
said-re-agreeing = { $old } reconvenu comme { $new } : enregistrement…
said-re-agreed = { $old } reconvenu comme { $new } de cette séance ✓ (compté une fois, comme { $new })
said-id-saving = { $id } : enregistrement…
said-what-was-said = { $id } : les propos sont notés ✓
said-sending = { $what } : envoi…
said-link-down = { $what } : en attente, la liaison est coupée ; l'envoi reprend dès son retour
said-written = { $what } écrit : { $path } ✓
refused-not-written = { $what } non écrit : { $why }
export-outcome = Compte rendu
export-csv = Fichier des engagements (CSV)
export-calendar = Calendrier des échéances
refused-not-started = La séance n'a pas encore commencé : Entrée pour commencer
refused-ended = La séance est terminée
refused-no-groups = Cet ordre du jour n'a pas de groupes
refused-no-presenter-timer = Pas de minuteur de rapporteur dans ce point ; ] passe à la restitution
refused-no-timer-to-reset = Pas de minuteur de rapporteur à remettre à zéro dans ce point
refused-last-group = C'était le dernier groupe ; ] passe au point suivant
refused-first-group = C'est le premier groupe
refused-first-item = C'est le premier point de l'ordre du jour
refused-time-before-start = + et - changent le minuteur affiché une fois la séance lancée : Entrée pour commencer
refused-time-ended = La séance est terminée : plus de minuteur à changer
refused-none-carried = Aucun engagement antérieur n'a été repris (plenary run AGENDA --follow-up SESSION)
refused-last-carried = C'était le dernier engagement ; ] passe au point suivant
refused-first-carried = C'est le premier engagement
refused-picking = Entrée classe l'engagement à la place marquée › ; Esc le laisse où il est
refused-no-commitments-c = Pas encore d'engagement : c en note un
refused-no-commitments = Pas encore d'engagement
refused-no-commitment-selected = Aucun engagement choisi
refused-no-note-n = Pas encore de note ici ; n en écrit une
refused-not-your-note = Pas votre note : vous pouvez corriger ou supprimer les notes que vous avez écrites
refused-no-note-to-correct = Aucune note à corriger ici ; n en écrit une
refused-no-note-to-delete = Aucune note à supprimer ici
refused-note-deleted = Cette note a été supprimée : d la rétablit d'abord
refused-viewer = Vous êtes connecté en lecture seule : vous pouvez suivre, pas modifier
refused-facilitators = L'ordre du jour et les minuteurs relèvent de la personne qui anime ; vous ajoutez notes et engagements
refused-facilitators-key = { $key } ({ $does }) est réservée ici à la personne qui anime
refused-running-key-ended = La séance est terminée : { $key } ({ $does }) ne sert que pendant une séance
refused-status-first = { $id } est ouvert, le premier statut : S revient en arrière depuis en cours, fait ou abandonné
refused-deleted-d = { $id } a été supprimé : d le rétablit avant de le modifier
refused-deleted-facilitator = { $id } a été supprimé : seule la personne qui anime peut le rétablir
refused-already-first = Déjà en premier
refused-already-last = Déjà en dernier
refused-nothing-to-read-back = Pas encore d'engagement à relire : c en note un
refused-last-commitment = C'est le dernier engagement ; Esc pour revenir
refused-last-page = C'est la dernière page ; Esc pour revenir
refused-first-commitment = C'est le premier engagement
refused-first-page = C'est la première page

## The note-taker's own changes (4), and what is not yet on the facilitator's disk

mine-not-yet-saved = { $count ->
    [one] { $count } pas encore enregistré : { $list }
   *[other] { $count } pas encore enregistrés : { $list }
}
mine-note = note « { $text } »
mine-commitment = engagement « { $text } »
mine-edit = modification de { $id }
mine-move = déplacement de { $id }
mine-deletion = suppression de { $id }
mine-restored = { $id } rétabli
mine-note-correction = correction de note
mine-note-deletion = suppression de note
mine-note-restored = note rétablie
mine-change = changement
mine-since-changed-by = (modifié depuis par { $who })
mine-since-changed = (modifié depuis)

## The commitments table (2) and a commitment in full (v)

list-commitments = {" "}ENGAGEMENTS ({ $count })
list-commitments-deleted = { $deleted ->
    [one] {" "}ENGAGEMENTS ({ $count } · { $deleted } supprimé)
   *[other] {" "}ENGAGEMENTS ({ $count } · { $deleted } supprimés)
}
list-commitments-deleted-d = { $deleted ->
    [one] {" "}ENGAGEMENTS ({ $count } · { $deleted } supprimé, d rétablit)
   *[other] {" "}ENGAGEMENTS ({ $count } · { $deleted } supprimés, d rétablit)
}
list-no-commitments = Pas encore d'engagement.
list-no-commitments-c = Pas encore d'engagement. c en note un : quoi, qui, pour quand.
list-id = ID
list-what = Action
list-owner = Responsable
list-owner-from = Responsable/origine
list-owner-short = Qui
list-owner-from-short = Qui/origine
list-deadline = Échéance
list-from = Issu de
list-status = Statut
list-saving = (envoi…)
list-deleted = supprimé
list-re-agreed = reconvenu
list-commitments-range = {" "}engagements { $first }–{ $last } sur { $count }{ $arrows }{" "}
detail-title = { $id } · { $place } sur { $count }
detail-recorded = Noté
detail-by = par { $who }{ $time }, { $date }
detail-at = {" "}à { $time }
detail-deleted = supprimé (gardé, barré dans le tableau)
detail-agreed-again-at = reconvenu à { $at } comme { $id }
detail-agreed-again = reconvenu comme { $id }
detail-first-agreed = convenu d'abord : { $date }
detail-today = aujourd'hui
detail-tomorrow = demain
detail-overdue-by = en retard de { $span }
detail-ago = il y a { $span }
detail-in = dans { $span }
detail-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
detail-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
detail-months = { $count } mois
detail-no-history = Historique : aucun changement depuis son enregistrement
detail-history = { $count ->
    [one] Historique ({ $count } changement, du plus ancien)
   *[other] Historique ({ $count } changements, du plus ancien)
}
detail-more = { $count } de plus ↓
picker-title = {" "}Classer { $id } sous…{" "}
picker-now = {" "}(actuel)

## The notes (3)

notes-heading-none = {" "}NOTES · { $place }
notes-heading = {" "}NOTES ({ $count }) · { $place }
notes-heading-deleted = { $deleted ->
    [one] {" "}NOTES ({ $count } · { $deleted } supprimée) · { $place }
   *[other] {" "}NOTES ({ $count } · { $deleted } supprimées) · { $place }
}
notes-none = Pas encore de note ici.
notes-none-n = Pas encore de note ici. n pour en écrire une.
notes-range = {" "}notes { $first }–{ $last } sur { $count }{ $arrows }{" "}

## The people who joined (4)

people-joined = {" "}CONNECTÉS ({ $count })
people-shared = partagé avec le groupe { $group }
people-not-shared = non partagé : votre compte seulement
people-cannot-join = Les preneurs de notes ne peuvent pas se connecter : { $why }
people-nobody-private = Personne n'est connecté. Seul votre compte peut se connecter : pour ouvrir aux preneurs de notes d'un groupe, quittez et relancez avec --allow-group GROUPE.
people-nobody = Personne n'est connecté. Les preneurs de notes lancent `plenary join` sur cette machine (ssh -t HÔTE plenary join).

## The plan (5)

plan-heading = {" "}LE PLAN · tout changement est consigné et montré aux preneurs de notes
plan-heading-editing = {" "}LE PLAN · heures de début · Entrée modifie la ligne choisie · w enregistre
plan-heading-editing-offsets = {" "}LE PLAN · temps depuis le début · Entrée modifie la ligne choisie · w enregistre
plan-agenda = ORDRE DU JOUR, DANS L'ORDRE
plan-report-back-order = ORDRE DE RESTITUTION
plan-taken-out = retiré
plan-absent = absent
plan-presented = a présenté
plan-no-groups = Aucun groupe
plan-no-groups-editing = Pas encore de groupe : Tab ici, puis a en ajoute un
plan-changed-live = {" "}Changé en direct
plan-more = { $heading } · { $count } de plus, ↑↓ pour voir

## The note-taker's screen (plenary join), and their own list (4)

join-too-small = Terminal trop petit ; agrandissez la fenêtre. Vos notes sont gardées.
join-not-kept = PAS GARDÉ si cette fenêtre se ferme : { $why }
join-live = ● en direct
join-not-answering = ○ le plenary de l'animateur·rice ne répond pas ({ $seconds } s) : ce que vous avez envoyé est gardé
join-reconnecting = ○ reconnexion…
join-ended = ■ séance terminée
join-closed-for-now = ○ fermé pour l'instant, en attente…
join-unsaved-short = { $count ->
    [one] { $count } non enregistré · 4 liste
   *[other] { $count } non enregistrés · 4 liste
}
join-waiting = {" "}en attente de la séance…
join-state-ended = terminée
join-state-not-started = pas encore commencée
join-presenter = {" "}· rapporteur { $name }{" "}
role-facilitator = animateur·rice
role-note-taker = prise de notes
role-viewer = lecture seule
mine-heading-none = {" "}LES VÔTRES · rien d'envoyé depuis cette connexion
mine-heading-saved = {" "}LES VÔTRES ({ $count }) · tout est enregistré ✓ chez l'animateur·rice
mine-heading = { $unsaved ->
    [one] {" "}LES VÔTRES ({ $count }) · { $unsaved } pas encore enregistré
   *[other] {" "}LES VÔTRES ({ $count }) · { $unsaved } pas encore enregistrés
}
mine-sending = … envoi
mine-not-sent = ○ pas encore envoyé
mine-saved = ✓ enregistré { $time }

## Why the record refused a change, beside a form's field or on the status line

refusal-not-started = la séance n'a pas encore commencé : Entrée pour commencer
refusal-already-started = la séance a déjà commencé
refusal-ended = la séance est terminée
refusal-no-groups = cet ordre du jour n'a pas de groupes
refusal-empty-action = l'action est vide : écrivez ce qui sera fait
refusal-empty-owner = le responsable est vide : écrivez qui le fera
refusal-empty-note = la note est vide : écrivez ce qui a été dit
refusal-empty-group = le nom du groupe est vide : écrivez le nom du groupe
refusal-empty-title = le titre est vide : écrivez le titre du point
refusal-too-long = trop long pour { $field } ({ $len } caractères ; { $max } au plus)
refusal-line-break = saut de ligne dans { $field } ({ $code }) — gardez-le sur une ligne
refusal-control = caractère de contrôle dans { $field } ({ $code }) — retirez-le
refusal-past-deadline = l'échéance { $date } est passée : confirmez pour la garder
refusal-long-past = l'échéance { $date } date de plus d'un an : vérifiez l'année
refusal-new-deadline-past = la nouvelle échéance { $date } est déjà passée : donnez une date à partir d'aujourd'hui
refusal-deadline-without-note = une nouvelle échéance demande une note qui dit pourquoi elle a bougé
refusal-conflict = { $by } a modifié cet engagement pendant que vous le modifiiez ; votre texte est gardé
refusal-status-moved = { $by } a déjà passé { $id } à « { $status } »
refusal-minutes = { $minutes } minutes : prévoyez de 1 à { $max } minutes
refusal-group-taken = il y a déjà un groupe « { $name } »
refusal-no-item = il n'y a pas de point { $number } à l'ordre du jour
refusal-no-group = il n'y a pas de groupe { $number }
refusal-no-commitment = il n'y a pas d'engagement { $id }
refusal-no-carried = il n'y a pas d'engagement repris { $number }
refusal-no-note = il n'y a pas de note { $number }
refusal-not-live = cette séance n'a pas d'enregistrement en direct ; lancez-la avec `plenary run`
refusal-deadline-range = l'échéance { $date } est hors limites : donnez une date du { $first } au { $last }
refusal-session-full = cette séance contient autant qu'une séance peut garder (24 Mio de notes et d'engagements, ou un milliard de modifications) : commencez une nouvelle séance pour continuer
field-action = l'action
field-owner = le responsable
field-deadline = l'échéance
field-note = la note
field-name = votre nom
field-group-name = le nom du groupe
field-presenter = le rapporteur
field-topic = le sujet
field-title = le titre
field-minutes = les minutes

## The keys overlay (?): the forms', the owner suggestions', a commitment in full's, the note-taker's

help-form = Dans un formulaire
help-form-fields = Dans un formulaire de plusieurs champs
help-form-choice = Sur un champ à choix
help-form-merge = Après un conflit de modification
help-form-discard = Quand il faut abandonner le texte tapé
help-form-take-theirs = après un conflit : ce champ prend son texte, ou reprend le vôtre
help-form-next = champ suivant
help-form-previous = champ précédent
help-form-save = enregistrer
help-form-cancel = annuler (demande si du texte tapé serait perdu)
help-form-choice-next = choix suivant (ou sa première lettre)
help-form-choice-previous = choix précédent
help-form-clear = vider le champ, pour le retaper
help-form-quit = quitter (demande si du texte tapé serait perdu)
help-form-quit-discard = quitter en abandonnant le texte tapé
help-form-throw-away = abandonner le texte tapé
help-form-keep-typing = continuer à taper
help-owners = Quand des responsables sont proposés
help-owners-previous = surligner le responsable proposé précédent
help-owners-next = surligner le responsable proposé suivant
help-owners-take = prendre le responsable surligné et passer à l'échéance
help-owners-keep = fermer les propositions et garder le responsable tel que tapé
help-detail = Un engagement en entier (v dans le tableau)
help-detail-up = défiler vers le haut (k aussi)
help-detail-down = défiler vers le bas (j aussi)
help-detail-before = l'engagement d'avant
help-detail-after = l'engagement d'après
help-detail-back = retour au tableau (v aussi)
help-client-page-up = huit engagements plus haut
help-client-page-down = huit engagements plus bas
help-client-first = le premier engagement
help-client-last = le dernier engagement
help-client-details = l'engagement choisi en entier, avec qui l'a noté et son historique
help-client-notes-up = huit notes plus haut
help-client-notes-down = huit notes plus bas
help-client-first-note = la première note
help-client-last-note = la dernière note
help-client-this-item = les notes et engagements de ce point
help-client-all-commitments = tous les engagements
help-client-notes = les notes de ce point : corriger ou supprimer les vôtres
help-client-yours = les vôtres : chaque note et engagement envoyé, enregistré ✓ chez l'animateur·rice ou pas encore
help-client-back = retour à ce point
help-client-quit = quitter (ce qui n'est pas encore confirmé est gardé pour la prochaine connexion)
help-client-interrupt = quitter à tout moment
help-client-read-notes = les notes de ce point, pour toutes les lire
help-client-correct = corriger la note choisie (une des vôtres)
help-client-delete-note = supprimer la note choisie, une des vôtres (demande ; gardée, barrée) ou la rétablir
help-follow-up-open = noter : toujours ouvert
help-follow-up-in-progress = noter : en cours
help-follow-up-done = noter : fait
help-follow-up-dropped = noter : abandonné
help-follow-up-form = ce qu'a dit le responsable, une nouvelle échéance, un nouveau responsable
help-follow-up-re-agree = le reconvenir comme engagement de cette séance (compté une fois)

## A key pressed where it does nothing: where it works

works-in = { $key } ({ $does }) sert { $place }
works-in-places = { $key } sert { $places } et { $last }
where-start = avant le début de la séance
where-timer = pendant la restitution
where-breakout = pendant les travaux en groupes
where-notes = dans les notes (3)
where-note = sur une note choisie dans les notes (3), seulement les siennes pour la prise de notes
where-follow-up = pendant un point de suivi
where-commitments = dans le tableau des engagements (2)
where-people = dans la liste des connectés (4)
where-plan-items = dans le plan (5), sur l'ordre du jour
where-plan-groups = dans le plan (5), sur l'ordre de restitution
where-picker = pendant le choix du classement d'un engagement (f dans la vue 2)
where-read-back = dans la relecture (6)
where-closing = pendant le point de clôture
where-summary = sur le bilan, une fois la séance terminée
where-running = une fois la séance commencée (Entrée), jusqu'à sa fin
where-everywhere = partout

## What the running console and the note-taker's link say on the status line

client-lost = Liaison perdue avec la séance de l'animateur·rice ; reconnexion. Vos notes sont gardées et seront envoyées.
client-not-let-in = Pas encore admis, nouvel essai : { $why }
client-closed = La séance a fermé cette connexion : { $why }. Plus rien n'est envoyé d'ici ; q pour partir
client-joined-as = { $role ->
    [note-taker] Connecté pour prendre des notes
    [viewer] Connecté en lecture seule
   *[other] Connecté pour animer
}
client-kept = { $count ->
    [one] { $count } non confirmé, gardé dans les brouillons de cette connexion.
   *[other] { $count } non confirmés, gardés dans les brouillons de cette connexion.
}
client-ended = Séance terminée : la personne qui anime l'a close et a quitté plenary.{ $kept } q pour partir
client-for-now = plenary a été fermé pour l'instant par la personne qui anime ; cet écran se reconnecte à la reprise de la séance partagée avec vous (une séance reprise avec --private ne peut pas être rejointe : q quitte).{ $kept }
client-not-recorded = Non enregistré : { $why }
news-noted = { $who } a noté : { $text }
news-commitment = { $id } : { $what }
news-recorded = { $who } a noté { $what }
news-changed = { $who } a modifié { $what }
news-field-action = l'action
news-field-owner = le responsable
news-field-deadline = l'échéance
news-fields-and = { $first } et { $last }
news-fields-of = { $fields } de { $id } : { $what }
news-set = { $who } a passé { $id } à « { $status } »
news-moved = { $who } a déplacé { $what }
news-deleted = { $who } a supprimé { $what }
news-restored = { $who } a rétabli { $what }
news-corrected = { $who } a corrigé une note : { $text }
news-deleted-note = { $who } a supprimé une note
news-restored-note = { $who } a rétabli une note
console-not-written-back = Pas encore reporté dans { $file } : { $why } ; nouvel essai
console-bell-failed = La commande de sonnerie n'a pas sonné ({ $why }) ; la sonnerie du terminal marche toujours
console-cannot-join = LES PRENEURS DE NOTES NE PEUVENT PAS SE CONNECTER, nouvel essai : { $why }
console-can-join-again = Les preneurs de notes peuvent se reconnecter : leur socket avait été supprimée et a été recréée ({ $path })
console-restored-form = Rétabli ce que votre plenary précédent avait laissé : un formulaire à moitié rempli

## A field of choices (a status, an item's kind) typed into as if it were text

form-not-text-head = un choix, pas du texte
form-not-text = { $head } : ← → pour choisir, ou une première lettre : { $letters } ; les lettres tapées sont ignorées jusqu'à ← ou →

## The session file on disk, when writing it meets trouble; a terminal too small

disk-out-of-step = PAS ENREGISTRÉ : la copie enregistrée s'est désynchronisée ({ $why }) ; quittez pour enregistrer depuis la mémoire
disk-journal-only = Enregistré dans le journal seulement, nouvel essai : le fichier ne peut pas être réécrit : { $why } ({ $path })
disk-not-saved = PAS ENREGISTRÉ, gardé en mémoire, nouvel essai : { $why } ({ $path })
disk-folder-made-again = Le dossier des séances a été supprimé : recréé, et la séance réécrite dans { $path }
disk-file-written-again = Le fichier de la séance a été supprimé : réécrit dans { $path }
disk-moved-aside = Un autre fichier a remplacé celui de la séance (laissé tel quel) : enregistrement désormais dans { $path }
console-too-small = Terminal trop petit ({ $size }) : plenary demande { $needs }. Agrandissez la fenêtre ; la séance continue.

## What was recorded of a carried commitment (the follow-up item), and a rehearsal's date

follow-up-said-deadline = échéance { $was } → { $now }
follow-up-said-owner = responsable → { $owner }
follow-up-said-re-agreed = reconvenu comme { $id }
stage-rehearsal = Cet ordre du jour est daté du { $planned } ; nous sommes le { $today } — une répétition ? La séance est enregistrée à la date du jour.

## A commitment deleted while it was being edited (nc14 #9)
kept-not-saved = Non enregistré : { $id } a été supprimé ; ce que vous avez tapé est gardé dans une note
kept-someone = Quelqu'un
kept-ask-restore = demandez qu'on le rétablisse
kept-d-restores = d dans 2 le rétablit
kept-deleted = { $who } a supprimé { $id } à { $at } ; { $ask }. Votre texte est gardé ici : Entrée l'envoie comme note ; Échap demande avant de le jeter.

## Who joined and left (the people view, 4), and what a merge took from whom
people-comings = ARRIVÉES ET DÉPARTS
people-joined-as = { $name } a rejoint ({ $role })
people-left-as = { $who } a quitté la séance
people-left = { $name } a quitté la séance
form-merge-and = { $rest } et { $last }
form-merge-from = { $fields } selon { $by }
form-merge-from-you = { $fields } selon vous
said-commitment-merged = Engagement ({ $id } : { $merged })
said-commitment-merged-done = Engagement modifié ✓ ({ $id } : { $merged })
said-commitment-merged-saving = { $what } : enregistrement…
