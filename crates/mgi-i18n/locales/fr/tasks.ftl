# La liste des tâches d’une évaluation (mgi_model::progress), le panneau qui dit à chaque rôle
# ce qu’il peut faire maintenant et ce qui vient ensuite, et l’en-tête de l’aperçu du projet.
# Les noms des domaines viennent du cadre ; les nombres sont des nombres.

## Liste des tâches

tasks-title = Liste des tâches
# $done (nombre) : les tâches terminées ; $total (nombre) : toutes les tâches.
tasks-done =
    { $done ->
        [one] { $done } section terminée sur { $total }
       *[other] { $done } sections terminées sur { $total }
    }
# $status (code) : où en est une tâche.
tasks-status =
    { $status ->
        [not-started] Non commencée
        [in-progress] En cours
        [to-verify] À vérifier
       *[done] Terminée
    }
# The dashboard's column of each assessment's progress.
tasks-col-progress = Avancement
# A heading of the design page (/design).
tasks-design = États des tâches et avancement
tasks-context = Contexte migratoire (chiffres)
tasks-conventions = Tableau des conventions
tasks-summaries = Résumés des domaines
tasks-consultations = Annexe sur la consultation
# $done, $total, $to_verify (nombres) : les réponses d’un domaine terminées ou relues, ses
# indicateurs, et les réponses reprises du cycle précédent.
tasks-count-answers =
    { $to_verify ->
        [0] { $done } réponses terminées sur { $total }
       *[other] { $done } réponses terminées sur { $total }, { $to_verify } à vérifier
    }
# $done (nombre) : les chiffres dont la source est au registre ; $total (nombre) : tous les chiffres.
tasks-count-figures =
    { $total ->
        [0] Aucun chiffre pour l’instant
       *[other] { $done } chiffres sur { $total } avec leur source au registre
    }
# $total (nombre) : les lignes du tableau des conventions.
tasks-count-conventions =
    { $total ->
        [0] Aucune convention pour l’instant
        [one] Une convention listée
       *[other] { $total } conventions listées
    }
# $done (nombre) : les domaines qui ont un résumé ; $total (nombre) : les domaines.
tasks-count-summaries = { $done } résumés rédigés sur { $total }
# $total (nombre) : les événements de consultation.
tasks-count-events =
    { $total ->
        [0] Aucun événement de consultation pour l’instant
        [one] Un événement de consultation
       *[other] { $total } événements de consultation
    }

## Ce que vous pouvez faire maintenant

guide-title = Ce que vous pouvez faire maintenant
# $role : le rôle de la personne connectée (web-role-*) ; $stage : le nom de l’étape (work-stage).
guide-where = Vous êtes connecté·e comme { $role } ; cette évaluation est à l’étape « { $stage } ».
guide-approve = Lisez l’aperçu, commentez ce que vous voulez, puis approuvez-le.
guide-write = Terminez la liste des tâches, puis lisez l’aperçu.
guide-write-done = Toutes les tâches sont terminées : lisez l’aperçu.
guide-comment = Lisez le projet et son aperçu, et commentez ce que vous voulez.
guide-read = Vous pouvez lire cette évaluation ; vous n’avez rien à faire à cette étape.
# $stage : le nom de l’étape (work-stage), après la publication.
guide-correct = Si le profil publié demande une correction, passez-le à l’étape « { $stage } ».
# $stage : le nom de l’étape (work-stage).
guide-move = Quand elle est prête, passez-la à l’étape « { $stage } » avec le bouton ci-dessous.
guide-share = Invitez les participants à la consultation par un lien.
guide-moderate = Acceptez, refusez ou classez les commentaires.
guide-publish = Vérifiez que l’approbation porte sur le contenu actuel, puis publiez-le.
# $stage : le nom de l’étape suivante (work-stage).
# $by_approval (yes ou no) : si le passage se fait en approuvant le contenu.
guide-next-you =
    { $by_approval ->
        [yes] Étape suivante : « { $stage } », dès que vous approuvez le contenu.
       *[no] Étape suivante : « { $stage } », c’est vous qui l’y faites passer.
    }
# $stage : le nom de l’étape suivante (work-stage) ; $roles : les rôles qui l’y font passer
# (web-role-*), séparés par des virgules.
guide-next-by = Étape suivante : « { $stage } », où la font passer : { $roles }.

## L’aperçu du projet

preview-back = Retour à l’espace de travail
preview-edit-finding = Modifier ce constat
preview-edit-summary = Modifier ce résumé
preview-open-finding = Ouvrir ce constat
preview-open-summary = Ouvrir ce résumé
# L’étiquette de la navigation en haut de l’aperçu.
preview-nav = Le projet
# $date : maintenant, en toutes lettres.
approval-as-of = Le contenu tel qu’il est le { $date }.
# $count (nombre)
approval-answers =
    { $count ->
        [one] Une réponse
       *[other] { $count } réponses
    }
# $count (nombre)
approval-findings =
    { $count ->
        [one] Un constat
       *[other] { $count } constats
    }
# $count (nombre)
approval-sources =
    { $count ->
        [one] Une source citée
       *[other] { $count } sources citées
    }
