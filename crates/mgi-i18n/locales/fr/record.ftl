## Ce que nomme un message sur un élément enregistré (existe déjà, introuvable, conflit)

record-assessment = évaluation { $jurisdiction } { $year }
record-part = { $kind ->
        [answer] réponse à l’indicateur { $key }
        [finding] constat { $key }
        [summary] résumé du domaine { $key }
        [source] source { $key }
        [comment] commentaire { $key }
        [figure] chiffre de contexte { $key }
        [convention] convention { $key }
        [translation] traduction { $key }
       *[note] note sur l’indicateur { $key }
    } de { $jurisdiction } { $year }
record-publication = publication de { $jurisdiction } { $year }
record-published-rounds = cycles publiés de { $jurisdiction }
record-user = utilisateur { $name }
record-file = fichier { $path }
