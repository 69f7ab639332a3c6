## Traductions des textes d’une évaluation (pages de travail)

work-link-translations = Traductions en { $language }
work-translations-title = Traductions en { $language }
work-translations-coverage = { $done } textes traduits sur { $all } ({ $share }).
work-translations-how = Chaque texte de l’évaluation est présenté tel qu’il a été rédigé, au-dessus de sa traduction. Enregistrez une traduction à la fois ; pour supprimer une traduction, videz le texte et enregistrez. Une version provisoire n’a pas encore été relue par un second traducteur ; « officielle » signifie validée avec le profil.
work-translations-text = Traduction
work-translations-status-label = Statut
work-translations-status-expected = provisoire, relue ou officielle
work-translations-save = Enregistrer la traduction
work-translations-outdated = Le texte a changé depuis cette traduction : vérifiez la traduction et enregistrez-la de nouveau.
work-translations-none = Pas encore traduit.
work-what-translation = cette traduction
work-translations-status = { $status ->
        [reviewed] Relue
        [official] Officielle
       *[draft] Provisoire
    }
work-translations-what = { $kind ->
        [jurisdiction] Nom du pays ou de la ville
        [summary] Résumé du domaine { $key }
        [answer] Réponse à l’indicateur { $key }
        [finding] Constat { $key }
        [footnote] Note { $n } du constat { $key }
        [source] Titre de la source { $key }
        [convention] Nom de la convention ({ $key })
        [event-title] Titre de la consultation { $key }
        [event-place] Lieu de la consultation { $key }
        [event-description] Participants à la consultation { $key }
        [event-key-finding] Constat principal { $n } de la consultation { $key }
       *[event-recommendation] Recommandation { $n } de la consultation { $key }
    }
