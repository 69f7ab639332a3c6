# Ce qui n’est pas prêt dans une évaluation avant son partage, son approbation ou sa publication
# (mgi_model::readiness). $count (nombre) : combien d’éléments.
readiness-answers-not-started =
    { $count ->
        [one] { $count } réponse n’est pas commencée
       *[other] { $count } réponses ne sont pas commencées
    }
readiness-answers-draft =
    { $count ->
        [one] { $count } réponse est un brouillon
       *[other] { $count } réponses sont des brouillons
    }
readiness-answers-to-verify =
    { $count ->
        [one] { $count } réponse reprise du cycle précédent reste à vérifier
       *[other] { $count } réponses reprises du cycle précédent restent à vérifier
    }
readiness-findings-without-citations =
    { $count ->
        [one] { $count } constat ne cite aucune source
       *[other] { $count } constats ne citent aucune source
    }
readiness-findings-without-indicators =
    { $count ->
        [one] { $count } constat n’est lié à aucun indicateur
       *[other] { $count } constats ne sont liés à aucun indicateur
    }
readiness-suggestions-not-reviewed =
    { $count ->
        [one] { $count } constat a des suggestions d’indicateurs que personne n’a examinées
       *[other] { $count } constats ont des suggestions d’indicateurs que personne n’a examinées
    }
readiness-uncited-sources =
    { $count ->
        [one] { $count } source du registre n’est citée nulle part
       *[other] { $count } sources du registre ne sont citées nulle part
    }
readiness-figures-without-source =
    { $count ->
        [one] { $count } donnée de contexte n’a pas de source du registre
       *[other] { $count } données de contexte n’ont pas de source du registre
    }
readiness-open-comments =
    { $count ->
        [one] { $count } commentaire est encore ouvert
       *[other] { $count } commentaires sont encore ouverts
    }
# $language : le nom de la langue de traduction.
readiness-untranslated =
    { $count ->
        [one] { $count } texte n’a pas de traduction à jour en { $language }
       *[other] { $count } textes n’ont pas de traduction à jour en { $language }
    }
readiness-stale-approval = L’approbation porte sur un contenu antérieur : le point focal doit approuver de nouveau le contenu actuel
