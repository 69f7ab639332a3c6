# Les pages de travail, après connexion : le tableau de bord, l’espace de travail d’une évaluation
# et ses éditeurs, les commentaires, la validation et la publication, les cycles, les jetons
# d’API et les comptes. Les noms, titres et textes saisis s’affichent tels qu’écrits.

## Tableau de bord

work-dashboard-title = Mon travail
# $name : le nom de la personne connectée ; $role : son rôle (web-role-*).
work-dashboard-signed-in = Session ouverte : { $name } ({ $role }).
work-dashboard-empty = Rien à traiter pour l’instant.
work-accounts = Comptes
work-api-tokens = Jetons d’API
work-todo-approve = à approuver
work-todo-write = à rédiger
work-todo-comment = à commenter
work-todo-read = à lire

## En-têtes des tableaux

work-col-assessment = Évaluation
work-col-round = Cycle
work-col-stage = Étape
work-col-for-you = Pour vous
work-col-indicator = Indicateur
work-col-question = Question posée
work-col-answer = Réponse
work-col-status = État
work-col-sources = Sources citées
work-col-when = Quand
work-col-who = Qui
work-col-what = Quoi
work-col-field = Champ
work-col-before = Avant
work-col-after = Après
work-col-label = Libellé
work-col-created = Créé le
work-col-expires = Expire le
work-col-state = État
work-col-name = Nom
work-col-role = Rôle

## Codes affichés par leur nom (les formulaires envoient les codes)

# $stage (code) : l’étape d’une évaluation.
work-stage =
    { $stage ->
        [data-collection] collecte des données
        [draft-shared] projet communiqué
        [consultation] consultation
        [validated] validé
        [published] publié
        [correction] correction
       *[launched] lancement
    }
# $status (code) : l’avancement d’une réponse.
work-status =
    { $status ->
        [not-started] non commencée
        [draft] brouillon
        [complete] terminée
        [reviewed] relue
       *[carried-over] reprise du cycle précédent – à vérifier
    }
# $confidence (code) : le degré de certitude de l’équipe.
work-confidence =
    { $confidence ->
        [low] faible
        [medium] moyenne
       *[high] élevée
    }
work-confidence-none = non précisé
# $kind (code) : le type d’une source.
work-source-kind =
    { $kind ->
        [law] loi
        [regulation] règlement
        [policy] politique
        [agreement] accord
        [report] rapport
        [data] données
        [web] page web
       *[other] autre
    }
# $sex (code) : qui un chiffre de contexte compte.
work-sex =
    { $sex ->
        [male] hommes
        [female] femmes
       *[total] ensemble
    }
# $state (code) : où en est un commentaire.
work-comment-state =
    { $state ->
        [accepted] accepté
        [declined] refusé
        [resolved] résolu
       *[open] ouvert
    }
work-visibility-government = le gouvernement et l’équipe
work-visibility-internal = l’équipe seulement

## Espace de travail

# $set : l’identifiant de la série du cadre ; $version : son numéro de version.
work-framework = cadre { $set }, version { $version }
work-link-preview = Aperçu du profil
work-link-sources = Registre des sources
work-link-context = Contexte et conventions
work-link-audit = Journal d’audit
work-link-approve = Lire et approuver
work-link-progress = Évolution depuis le cycle précédent
work-pages-label = Pages de cette évaluation
# $stage : le nom de l’étape (work-stage).
work-move-to = Passer à l’étape « { $stage } »
work-round-label = Lancer le cycle suivant (réponses, constats et sources repris, chaque réponse à vérifier de nouveau)
work-round-button = Lancer le cycle
work-share-label = Inviter des participants à la consultation au moyen d’un lien
work-share-placeholder = par exemple : organisations de la société civile
work-share-days = Valable pendant (jours)
work-share-button = Créer le lien
work-summary-link = Résumé de ce domaine
work-findings = Constats
work-share-created = Lien créé
# $label : à qui le lien est destiné, tel que saisi ; $days (nombre) : sa durée de validité.
work-share-created-text =
    Envoyez cette adresse aux participants ({ $label }). Elle leur ouvre ce projet pour commentaires pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; elle ne s’affiche qu’une fois.
work-back-to-assessment = Retour à l’évaluation
work-audit-empty = Rien n’a encore été modifié.
work-audit-title = Journal d’audit

## Liens de partage de l’espace de travail

work-share-links = Liens de partage
work-share-col-guests = Participants admis
# $when : la date et l’heure de sa création ; $who : qui l’a créé (un nom d’utilisateur) ;
# $stage : le nom de l’étape où il a été créé (work-stage).
work-share-made = { $when }, par { $who }, à l’étape « { $stage } »
# $count (nombre) : les participants admis par le lien ; $max (nombre) : le plus qu’il en admet.
work-share-guests = { $count } sur { $max }
# $state (code) : où en est le lien.
work-share-state =
    { $state ->
        [open] ouvert
        [full] complet : n’admet plus personne
        [expired] expiré
        [revoked] révoqué
       *[ended] clos : le projet n’est plus communiqué
    }
# $state (code) : revoked ou ended ; $when : la date et l’heure où c’est arrivé.
work-share-state-since =
    { $state ->
        [revoked] révoqué le { $when }
       *[ended] clos le { $when } : le projet n’est plus communiqué
    }
work-share-revoke = Révoquer

## Conflit de modification (quelqu’un a enregistré le même élément avant vous)

work-conflict-title = Conflit de modification
# $what : l’élément, l’un des messages work-what-*.
work-conflict-heading = Quelqu’un d’autre a enregistré { $what } avant vous
work-conflict-text = Rien de ce que vous avez saisi n’a été enregistré, et rien n’est perdu : comparez les deux versions, reportez dans le formulaire ce que vous voulez garder, puis enregistrez de nouveau.
work-conflict-theirs = Enregistré entre-temps
work-conflict-yours = Votre version
work-conflict-again = Votre version, à enregistrer de nouveau
# $name : le nom court de l’indicateur, dans la langue de la page.
work-what-answer = la réponse sur « { $name } »
work-what-finding = ce constat
work-what-summary = ce résumé
work-what-source = cette source
work-what-figure = ce chiffre
work-what-convention = cette convention
work-what-note = cette note

## Page d’un indicateur

# $name : le nom court de l’indicateur, dans la langue de la page.
work-indicator-title = Indicateur : { $name }
work-answer-value = Réponse
work-answer-narrative = Exposé (Markdown)
work-answer-confidence = Confiance
work-answer-notes = Notes de recherche privées (jamais publiées)
work-answer-evidence = Éléments probants tirés du registre des sources
# $n (nombre) : le rang de la citation dans la liste.
work-answer-source = Source n° { $n }
work-evidence-hint = Choisissez une source du registre en tapant une partie de son émetteur, de son titre ou de son année, et indiquez où dans la source (un article, une page). Videz une ligne pour retirer une citation.
work-answer-pin = Emplacement dans la source (article, page)
work-answer-new-source = Ou citer une nouvelle source (ajoutée au registre)
work-answer-new-pin = Emplacement dans la source
work-answer-save = Enregistrer la réponse
work-evidence = Éléments probants
work-research-notes = Notes de recherche
work-year = Année

## Registre des sources

work-sources-title = Registre des sources
# $title : l’émetteur, le titre et l’année de la source.
work-source-page = Source « { $title } »
work-source-issuer = Auteur ou institution
work-source-title = Titre
work-source-kind-label = Type
work-source-url = Adresse (URL)
work-source-amended = Modifiée en (années, séparées par des virgules)
work-source-note = Note (lieu, date, type de rapport)
# $years : les années de ses modifications, séparées par des virgules.
work-source-amended-in = Modifiée en { $years }.
work-source-save = Enregistrer la source
work-sources-find = Trouver une source
work-sources-find-hint = Des mots de son auteur ou de son titre, ou son année ; accents et majuscules sont sans importance.
work-sources-find-button = Chercher
work-sources-show-all = Afficher toutes les sources
# $total (nombre) : les sources du registre.
work-sources-count =
    { $total ->
        [one] { $total } source au registre
       *[other] { $total } sources au registre
    }
# $shown (nombre) : les sources trouvées ; $total (nombre) : les sources du registre.
work-sources-shown =
    { $total ->
        [one] { $shown } source sur { $total }
       *[other] { $shown } sources sur { $total }
    }
work-sources-none-found = Aucune source du registre ne correspond à ces mots.
# Avant les noms des autres sources au même titre.
work-sources-twins = Peut-être le même document que :
# $name : le nom de la source à garder (auteur, titre et année).
work-sources-merge-into = fusionner avec { $name }
work-source-merge-heading = Fusionner avec une autre source
work-source-merge-help = Si cette entrée et une autre du registre désignent le même document, fusionnez-les : toutes les citations de cette entrée passent à l’autre, et cette entrée quitte le registre.
work-source-merge-into-label = Source à garder
work-source-merge-continue = Continuer
work-source-merge-title = Fusionner deux sources
work-source-merge-removed-label = Retirée du registre
work-source-merge-kept-label = Gardée
# $count (nombre) : les citations de la source retirée (réponses, constats, données de contexte) ;
# $from, $into : les noms de la source retirée et de la source gardée.
work-source-merge-moves =
    { $count ->
        [0] Rien ne cite { $from } : aucune citation ne passe à { $into }.
        [one] Une citation passera de { $from } à { $into }.
       *[other] { $count } citations passeront de { $from } à { $into }.
    }
# $from : le nom de la source retirée.
work-source-merge-removed = La source { $from } sera retirée du registre.
work-source-merge-final = Cette opération est irréversible.
work-source-merge-confirm = Fusionner les sources
work-source-merge-cancel = Annuler

## Constats et résumés

# $key : la clé du constat.
work-finding-title = { $kind } : { $domain }
work-finding-text = Texte
work-finding-indicators = Indicateurs concernés
work-finding-indicators-shown = Indicateurs
work-finding-new-title = Nouveau constat : { $domain }
work-finding-footnote = Note { $n }
work-finding-domain = Domaine
work-field-shift = doit être vers le haut ou vers le bas
work-field-review = doit être accepter ou écarter
work-finding-delete-title = Supprimer ce constat ?
work-finding-delete-warning = Le constat et ses citations seront retirés du projet. Son texte reste dans le journal d’audit et les commentaires qui le concernent sont conservés. Cette action est irréversible.
work-finding-delete-button = Supprimer le constat
work-cancel = Annuler
work-finding-text-hint = Markdown : **gras**, *italique*, listes. Rédigé tel que le profil l’imprimera.
work-finding-indicators-hint = Cochez les indicateurs dont traite le constat ; le premier est le principal. Le domaine du constat est ouvert, les autres domaines suivent.
work-finding-indicators-linked = Liés actuellement (le principal en premier) :
work-finding-footnotes = Notes de bas de page
work-finding-footnotes-hint = Une note par champ, imprimée en bas de page. Videz un champ pour retirer sa note.
work-suggestions-title = Indicateurs suggérés à examiner
work-suggestions-text = L’import a proposé ces indicateurs pour ce constat, du plus proche au moins proche. Acceptez ceux dont il traite et écartez les autres.
work-suggestions-words = Mots en commun :
work-suggestion-accept = Accepter
work-suggestion-dismiss = Écarter
work-finding-arrange = Ordre et suppression
work-finding-move-up = Monter
work-finding-move-down = Descendre
work-finding-delete = Supprimer ce constat
work-finding-label = { $kind }, { $domain } : « { $start } »
work-finding-flag-suggestions = { $count ->
    [one] un indicateur suggéré à examiner
   *[other] { $count } indicateurs suggérés à examiner
}
work-finding-flag-uncited = aucune source citée
work-finding-flag-unlinked = aucun indicateur
work-finding-save = Enregistrer le constat
work-finding-add = Ajouter un constat
work-finding-kind = Nature
work-finding-add-button = Ajouter le constat
work-summary-title = Résumé
work-summary-heading = Résumé du domaine
work-summary-text = Résumé (Markdown)
work-summary-save = Enregistrer le résumé

## Consultations

work-consultations = Réunions de consultation
# $start, $end : des dates déjà écrites en toutes lettres.
work-event-dates = du { $start } au { $end }
# $count (nombre) : le nombre de participants.
work-event-participants =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
work-event-title = Réunion
work-event-start = Du (AAAA-MM-JJ)
work-event-end = Au (AAAA-MM-JJ)
work-event-place = Lieu
work-event-participants-label = Participants (nombre, s’il est connu)
work-event-description = Qui y a pris part
work-event-save = Enregistrer la réunion

## Contexte et conventions

work-context-title = Contexte et conventions
work-context-figures = Chiffres de contexte
work-figure-new = Nouveau chiffre
work-figure-measure = Mesure (par exemple immigrant-stock)
work-figure-value = Valeur
work-figure-unit = Unité (personnes, pour cent, …)
work-figure-sex = Sexe
work-figure-age = Tranche d’âge
work-figure-source = Source du chiffre
work-figure-save = Enregistrer le chiffre
work-figure-add = Ajouter le chiffre
work-conventions = Conventions internationales
# $year : l’année de ratification, telle qu’écrite.
work-convention-ratified-in = ratifiée en { $year }
work-convention-ratified = ratifiée
work-convention-not-ratified = non ratifiée
work-convention-ratified-label = Ratifiée
work-save = Enregistrer

## Commentaires

work-comments = Commentaires
work-comments-none = Aucun commentaire pour l’instant.
work-anchor-general = l’évaluation
work-anchor-finding = un constat
# $name : le nom de l’indicateur.
work-anchor-indicator = l’indicateur « { $name } »
# $anchor : ce dont parle le commentaire (work-anchor-*).
work-comment-on = sur { $anchor }
work-comment-internal = interne
work-comment-state-label = État
work-comment-set = Appliquer
work-comment-visible-to = Visible par
# $anchor : ce dont parle le commentaire (work-anchor-*).
work-comment-yours = Votre commentaire sur { $anchor }
work-comment-button = Commenter

## Validation et publication

work-validation = Validation par le gouvernement
work-not-approved = Pas encore approuvé.
# $who : le nom de qui a approuvé ; $date : quand, en toutes lettres.
work-approved = Approuvé par { $who } le { $date } : l’approbation porte sur le contenu actuel.
# $who : le nom de qui a approuvé ; $date : quand, en toutes lettres.
work-approval-stale = L’approbation de { $who } du { $date } est périmée : le contenu a changé depuis. Une nouvelle approbation est nécessaire avant la publication.
work-publish-note = Note (facultative)
work-publish-note-correction = Note publique sur la modification (ce qui a été corrigé)
work-publish = Publier
work-approval = Approbation
# $fingerprint : les premiers caractères de l’empreinte du contenu.
work-approval-text = En approuvant, le gouvernement valide le contenu de cette page tel que vous le lisez (empreinte { $fingerprint }). Toute modification ultérieure rend l’approbation caduque.
work-approve-button = Approuver ce contenu

## Cycles

work-progress-title = Évolution
# $from, $to : les années des deux cycles, telles qu’écrites.
work-progress-heading = Évolution de { $from } à { $to }
work-progress-intro = Compare les cycles enregistrés (projets compris). Les notes deviennent publiques sur la page d’évolution du portail une fois les deux cycles publiés.
# $name : le nom court de l’indicateur, dans la langue de la page.
work-note-on = Note sur « { $name } »
work-note-save = Enregistrer la note

## Classeur du questionnaire

work-workbook = Classeur du questionnaire
work-workbook-download = Télécharger le classeur
work-workbook-text = (une feuille par domaine, une ligne par indicateur, les constats, le registre des sources), remplissez-le dans un tableur, puis envoyez-le. Rien n’est enregistré tant que toutes les cellules ne sont pas valides.
work-workbook-file = Classeur rempli (.xlsx)
work-workbook-upload = Envoyer le classeur
work-workbook-failed-title = Classeur non importé
work-workbook-failed = Le classeur n’a pas été importé
work-workbook-failed-text = Rien n’a été enregistré. Corrigez ces cellules et envoyez de nouveau le classeur :

## Jetons d’API

work-tokens-title = Jetons d’API
work-tokens-intro = Un jeton permet à un script d’utiliser l’API en votre nom, avec votre rôle et vos pays ou collectivités
work-tokens-send = Envoyez-le ainsi :
work-token-shown-once = Votre nouveau jeton, affiché cette seule fois : copiez-le maintenant.
work-token-active = actif
work-token-revoked = révoqué
work-token-new = Nouveau jeton
work-token-label = À quoi il sert
# $max (nombre) : la durée de validité la plus longue permise.
work-token-days = Valable pendant (jours, au plus { $max })
work-token-create = Créer le jeton
work-token-revoke-heading = Révoquer
work-token-revoke-label = Libellé des jetons à révoquer
work-token-revoke = Révoquer les jetons

## Comptes (administrateurs)

work-account-new = Nouveau compte
work-account-username = Nom d’utilisateur
work-account-name = Nom affiché
work-account-jurisdictions = Pays ou collectivités (point focal ; codes séparés par des virgules)
work-account-assessment = Évaluation (participant à la consultation ; CODE/ANNÉE)
work-account-password = Mot de passe initial (au moins 8 caractères)
work-account-create = Créer le compte

## Ce qui ne va pas dans un champ de formulaire (après le nom du champ)

work-field-required = est obligatoire
work-field-version = doit être un numéro de version
# $max : la limite en octets, telle qu’écrite.
work-field-too-long = dépasse { $max } octets
work-field-nul = contient un caractère NUL (U+0000) ; supprimez-le
work-field-days = doit être un nombre de jours
work-field-at-most-200 = 200 caractères au plus
work-field-confidence = doit être faible, moyen ou élevé
work-field-value = doit être une valeur de l’échelle des réponses
work-field-status = doit être un état de réponse
work-field-stage = doit être une étape du processus
work-field-year = doit être une année
work-field-kind = doit être un type de source
work-field-amended = doit être une liste d’années séparées par des virgules
work-field-date = doit être une date au format AAAA-MM-JJ
work-field-whole-number = doit être un nombre entier
work-field-number = doit être un nombre
work-field-sex = doit être ensemble, hommes ou femmes
work-field-finding-kind = doit être « bien développé » ou « à développer davantage »
work-field-anchor = doit désigner l’évaluation, ou un constat ou un indicateur avec sa référence
work-field-visibility = doit être « gouvernement » ou « interne »
work-field-internal-only = seule l’équipe écrit des commentaires internes
work-field-comment-state = doit être ouvert, accepté, refusé ou résolu
work-field-round-year = doit être l’année d’un cycle, par exemple 2026
work-field-from = doit être l’année du cycle précédent
work-field-role = doit être un rôle
work-field-assessment = doit être de la forme CODE/ANNÉE, par exemple MNG/2026
work-field-workbook = choisissez le classeur rempli (.xlsx) à envoyer

## Journal d’audit : ce qu’une entrée a modifié, par son nom (le journal garde les codes)

work-audit-entity-assessment = évaluation
work-audit-entity-answer = réponse
work-audit-entity-finding = constat
work-audit-entity-summary = résumé
work-audit-entity-source = source du registre
work-audit-entity-context = donnée de contexte
work-audit-entity-convention = convention internationale
work-audit-entity-consultation = événement de consultation
work-audit-entity-comment = commentaire
work-audit-entity-share-link = lien de partage
work-audit-entity-round-note = note d’évolution
work-audit-entity-translation = traduction
work-audit-field-stage = étape
work-audit-field-approval = approbation
work-audit-field-import = importation
work-audit-field-value = réponse
work-audit-field-narrative = exposé
work-audit-field-status = état
work-audit-field-confidence = confiance
work-audit-field-notes = notes de recherche
work-audit-field-citations = éléments probants
work-audit-field-text = texte
work-audit-field-indicators = indicateurs
work-audit-field-issuer = émetteur
work-audit-field-title = titre
work-audit-field-year = année
work-audit-field-kind = type
work-audit-field-url = adresse (URL)
work-audit-field-note = remarque
work-audit-field-figure = donnée
work-audit-field-ratified = ratification
work-audit-field-created = création
work-audit-field-revoked = révocation
work-audit-field-state = état
work-audit-field-footnotes = notes de bas de page
work-audit-field-position = rang
work-audit-field-suggestions = indicateurs suggérés
work-audit-field-override = publication malgré les manques
# Pages de confirmation avant les actions lourdes de conséquences (work::confirm).
# $count (nombre) : combien d’éléments ne sont pas listés.
confirm-more = et { $count } de plus
confirm-not-ready = Ce qui n’est pas prêt
confirm-not-ready-blocks = La publication est refusée tant que restent les points marqués comme bloquants. Corrigez-les d’abord, ou donnez une raison écrite de publier quand même (une dérogation, enregistrée avec votre nom et affichée sur l’évaluation).
confirm-not-ready-warns = Vous pouvez continuer, mais ces points ne sont pas encore prêts.
# $measure (code) : ce que mesure la donnée.
confirm-figure = Donnée de contexte { $measure }
# $on : ce sur quoi porte le commentaire (work-anchor-*).
confirm-comment-on = Commentaire sur { $on }
confirm-problems = Il y a un problème
confirm-cancel = Annuler et revenir à l’évaluation
# $stage : le nom de l’étape visée.
confirm-move-heading = Passer à l’étape « { $stage } » ?
# $stage (code) : l’étape visée.
confirm-move-what =
    { $stage ->
        [data-collection] L’équipe rassemble et rédige les éléments ; le projet n’est plus partagé avec le gouvernement ni avec les participants à la consultation.
        [draft-shared] Le projet est partagé avec le point focal du gouvernement, et des liens peuvent être créés pour les participants à la consultation.
        [consultation] Le projet passe en consultation : les participants munis d’un lien le lisent et le commentent.
        [correction] Le profil publié reste public pendant que l’équipe le corrige ; la correction est publiée après une nouvelle approbation.
       *[other] L’évaluation passe à l’étape suivante.
    }
confirm-move-ends-sharing = Tous les liens de partage prennent fin définitivement, et les participants venus par eux perdent l’accès.
confirm-override = Raison de publier quand même
# $max (nombre) : la longueur maximale.
confirm-override-hint = Une ligne, au plus { $max } caractères. Elle est enregistrée avec votre nom dans le journal et affichée sur l’évaluation.
confirm-publish-heading = Publier cette évaluation ?
# $address : l’adresse du profil publié.
confirm-publish-what = Le profil devient public à l’adresse { $address }, pour tous.
confirm-publish-frozen = Ce qui est publié est une copie figée : toute modification ultérieure passe par une correction, approuvée de nouveau.
confirm-publish-anyway = Publier quand même
confirm-revoke-heading = Révoquer ce lien de partage ?
# $label : à qui le lien est destiné.
confirm-revoke-what = Le lien destiné à { $label } n’admettra plus personne.
# $guests : combien de participants il a admis, sur combien (work-share-guests).
confirm-revoke-guests = Les participants qu’il a admis ({ $guests }) perdent l’accès dès maintenant. C’est définitif.
# $who : le nom de l’administrateur ; $date : quand.
work-published-override = Publié le { $date } par { $who } alors que l’évaluation n’était pas prête. Raison donnée :
work-audit-field-merged-into = fusionnée dans
work-audit-field-framework = version du cadre
# $count (nombre) : les citations passées à la source gardée, quand une source a été fusionnée avec elle.
work-audit-citations-moved =
    { $count ->
        [one] { $count } citation déplacée
       *[other] { $count } citations déplacées
    }
