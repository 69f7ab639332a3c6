## Le rapport de l’import d’un profil publié dans un projet (mgi import profile)

import-part = { $part ->
        [front-matter] pages liminaires
        [contents] sommaire
        [objectives] objectifs
        [introduction] introduction
        [conceptual-framework] cadre conceptuel
        [summary] résumé
        [context] contexte
        [key-findings] principaux constats
        [annex] annexe
        [after-the-assessment] après l’évaluation
        [the-mgi-process] processus des IGM
        [key-sources] principales sources
       *[other] { $part }
    }
import-warning-no-jurisdiction = pays ou collectivité non indiqué : le projet utilise le code provisoire { $code } ; indiquez --jurisdiction
import-warning-no-year = aucune année de cycle trouvée dans le titre ; indiquez --year
import-warning-not-in-m49 = { $code } ne figure pas dans la table M49 des Nations Unies : la région a été fixée à { $region }, corrigez-la
import-warning-part-missing = partie « { $part } » introuvable (titre manquant)
import-warning-no-context = aucun chiffre de contexte reconnu
import-warning-no-source-caption = contexte : aucune légende « Source: » trouvée ; les chiffres renvoient à une source provisoire à compléter
import-warning-convention-unreadable = ligne { $line } : ligne de convention sans ratification lisible (« { $status } »)
import-warning-convention-unmatched = ligne { $line } : aucun indicateur ne correspond à la convention « { $name } »
import-warning-no-findings = aucun constat reconnu dans les principaux constats
import-warning-domain-without-findings = le domaine { $domain } n’a aucun constat
import-warning-footnote-without-marker = ligne { $line } : la note { $n } n’a pas d’appel dans le texte ; rattachée au constat { $finding }
import-warning-footnote-twice = ligne { $line } : la note { $n } apparaît deux fois ; la première est conservée
import-warning-marker-without-footnote = ligne { $line } : l’appel de note { $n } n’a pas de texte de note
import-warning-no-key-sources = aucune source principale reconnue
