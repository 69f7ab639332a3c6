# Le portail public : page d’accueil, explorateur d’indicateurs, comparaison, recherche, vues PMM
# et ODD, évolution entre deux cycles, et le bandeau du site sur la page d’un profil. Les textes
# des évaluations elles-mêmes (noms, exposés, titres des sources) s’affichent tels qu’écrits.

## Page d’accueil

portal-home-intro = Les gouvernements demandent les Indicateurs de gouvernance des migrations pour faire le point sur leurs politiques migratoires dans six domaines, repérer ce qui est bien développé et ce qui pourrait l’être davantage, et apprendre les uns des autres. Les profils présentés ici ont été validés par les gouvernements concernés. Ils ne constituent ni un classement ni une note.
portal-home-domains = Les six domaines
portal-home-participants = Pays et collectivités locales participants
portal-home-none = Aucun profil n’a encore été publié.
portal-home-search = Rechercher dans les profils publiés
portal-home-figures = Chiffres clés
# Après un nombre, écrit à part : ce qu’il compte.
portal-home-figure-countries = { $count ->
    [one] pays ayant publié un profil
   *[other] pays ayant publié un profil
}
portal-home-figure-localities = { $count ->
    [one] collectivité locale ayant publié un profil
   *[other] collectivités locales ayant publié un profil
}
portal-home-figure-rounds = { $count ->
    [one] profil publié, tous cycles confondus
   *[other] profils publiés, tous cycles confondus
}
portal-home-recent = Dernières publications
# Après le nom et l’année d’un profil publié. $date : par exemple 28 novembre 2026.
portal-home-published = publié le { $date }
# Après le nom d’une ville ou d’une région qui a son propre profil.
portal-home-progress = évolution entre les cycles
portal-home-local = (échelon local)
portal-reconstruction-notice = Les textes des indicateurs sont une reconstitution des Indicateurs de gouvernance des migrations par le projet mgi, et non la formulation officielle de l’OIM.

## Régions (M49 de l’ONU)

portal-region = Région
portal-region-all = Toutes les régions
portal-region-africa = Afrique
portal-region-americas = Amériques
portal-region-asia = Asie
portal-region-europe = Europe
portal-region-oceania = Océanie

## Réponses et constats, tels que les pages du portail les affichent

# Les valeurs de l’échelle des réponses, dans les tableaux et après « Réponse : ».
portal-value-present = en place
portal-value-partial = en partie
portal-value-absent = pas en place
portal-value-not-applicable = sans objet
portal-value-unknown = inconnu
portal-kind-well-developed = Aspect bien développé
portal-kind-potential = Aspect qui pourrait être renforcé
portal-answer = Réponse :
portal-sources = Sources :
portal-indicator = Indicateur
portal-jurisdiction = Pays ou collectivité
portal-round = Cycle
# Le nom d’un paramètre de l’adresse suit, puis ce qui ne va pas.
# $value : ce que l’adresse a donné, entre guillemets.
portal-error-region = { $value } n’est pas une région M49 de l’ONU
portal-error-page = { $value } n’est pas un numéro de page
portal-error-level = { $value } : national ou local attendu
portal-error-year = { $value } n’est pas une année

## Explorateur d’indicateurs

portal-explore-title = Explorateur d’indicateurs
portal-explore-intro = Choisissez un indicateur pour lire ce que chaque profil publié en dit : la réponse, l’exposé, les constats et les lois et politiques citées. Les profils sont présentés par ordre alphabétique ; il s’agit d’apprendre les uns des autres, non d’un classement.
# $name : le nom court de l’indicateur, dans la langue de la page.
portal-indicator-title = Indicateur : { $name }
# $count (nombre) : combien de pays ou collectivités ont quelque chose sur l’indicateur.
portal-indicator-intro =
    Ce que dit le dernier profil publié de chaque pays ou collectivité, par ordre alphabétique. Ce n’est pas un classement. { $count ->
        [one] { $count } profil.
       *[other] { $count } profils.
    }
portal-indicator-none = Aucun profil publié ne répond encore à cet indicateur.
# Le bouton du filtre par région.
portal-show = Afficher
# $page, $pages (nombres) : cette page et leur nombre.
portal-pager = Page { $page } sur { $pages }.
portal-pager-previous = Précédente
portal-pager-next = Suivante

## Comparaison

portal-compare-intro = Des profils côte à côte, domaine par domaine, pour apprendre les uns des autres. Ce n’est pas un classement : il n’y a ni note ni ordre selon les résultats.
# $max (nombre) : le nombre maximal de profils côte à côte.
portal-compare-choose = Choisissez de 2 à { $max } profils publiés
portal-compare-one = Choisissez au moins deux profils à comparer, et au plus { $max }, chacun une fois.
portal-compare-problem = Ces profils ne peuvent pas être comparés
portal-compare-button = Comparer
# $max (nombre) : comme ci-dessus ; $given (nombre) : combien l’adresse en demande.
portal-compare-too-many = Choisissez au plus { $max } profils à voir côte à côte ({ $given } choisis).
# $asked : un code de pays ou de collectivité tel que l’adresse le donne (MNG, ou MNG/2023).
portal-compare-twice = { $asked } est choisi deux fois : choisissez chaque profil une seule fois, de deux à { $max } en tout.
portal-compare-unknown = Il n’y a pas de profil publié { $asked } : choisissez des profils dans la liste ci-dessous.

## Recherche

portal-search-title = Rechercher dans les profils publiés
portal-search-words = Mots
portal-search-button = Rechercher
# $count (nombre) : passages trouvés. En français, 0 et 1 prennent le singulier.
portal-search-found =
    { $count ->
        [one] { $count } passage trouvé.
       *[other] { $count } passages trouvés.
    }
# $count (nombre) : passages affichés, le maximum que renvoie la recherche.
portal-search-found-capped = { $count } passages trouvés (les premiers ; précisez les mots pour voir les autres).
# La sorte de texte dont fait partie un passage trouvé.
portal-search-kind-finding = constat
portal-search-kind-summary = synthèse
portal-search-kind-answer = réponse
portal-search-kind-source = document source
# Sous le formulaire de recherche : comment les mots sont trouvés.
portal-search-hint = Chaque mot trouve aussi ses autres formes (travailleur, travailleurs), les mots plus longs qu’il commence (migra trouve migration) et son orthographe britannique ou américaine (labour, labor).
portal-search-problem = Ces mots ne peuvent pas être recherchés
# $max (nombre) : le plus de caractères qu’une recherche peut avoir ; $count (nombre) : combien ont été saisis.
portal-search-too-long = Recherchez avec { $max } caractères au plus ({ $count } saisis).

## Pacte mondial pour les migrations (PMM)

portal-gcm-title = Pacte mondial pour des migrations sûres, ordonnées et régulières
portal-gcm-page-title = Objectifs du PMM
portal-gcm-intro-national = Pour chacun des 23 objectifs du PMM : combien de réponses du dernier cycle publié de chaque pays se rangent sous chaque valeur, sur les indicateurs rattachés à l’objectif. Les réponses « sans objet » ne sont pas comptées.
portal-gcm-intro-local = Pour chacun des 23 objectifs du PMM : combien de réponses du dernier cycle publié de chaque collectivité locale se rangent sous chaque valeur, sur les indicateurs rattachés à l’objectif. Les réponses « sans objet » ne sont pas comptées.
# $count (nombre) : pays ou collectivités dont le dernier cycle publié est compté.
portal-gcm-counted = Profils pris en compte : { $count }.
portal-not-a-ranking = Des proportions, pas des notes ; aucun pays ni aucune collectivité n’est classé.
# Avant le choix entre pays et collectivités locales.
portal-view = Affichage
portal-level-countries = pays
portal-level-localities = collectivités locales
# $number (nombre) : le numéro de l’objectif, de 1 à 23 ; son titre suit.
portal-gcm-objective = Objectif { $number }
# En-tête de la colonne des régions.
portal-gcm-where = Où
# En-tête de la colonne des totaux.
portal-gcm-answers = Réponses
portal-gcm-by-indicator = Par indicateur

## Indicateur 10.7.2 des ODD

portal-sdg-title = Indicateur 10.7.2 des ODD, à titre indicatif
portal-sdg-page-title = ODD 10.7.2 (à titre indicatif)
# L’étiquette que porte chaque chiffre de la page.
portal-sdg-indicative = À titre indicatif, pas le chiffre officiel de l’indicateur 10.7.2 des ODD
portal-sdg-method = Par domaine : la moyenne des valeurs configurées des sous-catégories × 100, et la catégorie dont elle atteint le seuil. Un domaine dont une sous-catégorie n’est renseignée par aucune réponse n’a pas de valeur (—).
portal-sdg-none = Aucun profil publié pour l’instant.

## Évolution entre deux cycles publiés

portal-progress-title = Évolution
# $code : le code du pays ou de la collectivité ; $years : le cycle publié, par exemple 2023.
portal-progress-one-round = Un seul cycle de { $code } est publié ({ $years }) ; l’évolution s’affichera lorsqu’un deuxième cycle le sera.
# Après le nom du pays ou de la collectivité. $from, $to : des années, par exemple 2019 et 2023.
portal-progress-heading = évolution de { $from } à { $to }
portal-progress-rounds = Cycles publiés
portal-progress-scale = (selon l’échelle des réponses : pas en place → en partie → en place)
# $count (nombre) : indicateurs dont la réponse n’a pas changé.
portal-progress-unchanged =
    { $count ->
        [one] { $count } indicateur inchangé
       *[other] { $count } indicateurs inchangés
    }
portal-progress-domain = Domaine
portal-progress-change = Évolution
portal-progress-before = Avant
portal-progress-after = Après
portal-progress-new-sources = Nouvelles sources citées
portal-progress-note = Note de l’équipe
# $indicators : les indicateurs du cycle précédent dont celui-ci provient, séparés par des virgules.
portal-progress-from = issu de { $indicators }
portal-progress-sources = Évolution des sources
portal-progress-source-new = nouvelle
portal-progress-source-changed = modifiée
# $years : années de modification, séparées par des virgules.
portal-progress-source-amended = modifiée en { $years }
portal-progress-source-removed = plus citée
portal-progress-no-source-change = Aucun changement dans les sources.
portal-progress-findings-moved = Constats qui ont changé de catégorie
portal-progress-none = Aucun.
# Comment la réponse à un indicateur a évolué entre les deux cycles.
portal-change-new = nouveau
portal-change-strengthened = renforcé
portal-change-unchanged = inchangé
portal-change-weakened = affaibli
portal-change-retired = retiré

## Le bandeau du site sur la page d’un profil

portal-profile-downloads = Téléchargements
portal-profile-download = Télécharger
portal-profile-data = données (JSON)
# $revision (nombre) : la révision de la publication.
portal-profile-revision = révision { $revision }
portal-profile-first-publication = Première publication
portal-profile-corrections = Rectifications
# $revision (nombre) ; $date : le jour de sa publication. La note publique de modification suit.
portal-profile-correction = Révision { $revision } ({ $date })

portal-gcm-chart = Réponses par objectif du Pacte mondial, toutes régions
portal-gcm-objective-column = Objectif
portal-gcm-objective-title = Intitulé
portal-chart-table-below = Le tableau sous chaque titre donne les mêmes chiffres.
portal-download = Télécharger
portal-download-csv = Lignes (CSV)
portal-download-json = Lignes (JSON)
portal-download-svg = Graphique (SVG)
portal-download-share = { $value } (%)
portal-error-format = Aucun téléchargement au format { $value } : demandez csv, json ou svg.
portal-sdg-chart = Pays ou collectivités par catégorie de l’ODD 10.7.2, par domaine
portal-sdg-chart-table = Le tableau ci-dessous donne la lecture de chaque pays ou collectivité.
portal-sdg-no-reading = Pas de valeur
portal-sdg-value-of = { $domain } : valeur
portal-sdg-category-of = { $domain } : catégorie
portal-domain = Domaine
portal-compare-no-finding = Aucun constat dans ce domaine.
portal-compare-findings = Les constats côte à côte
portal-framework-set = Jeu d’indicateurs
portal-question = Question
portal-answer-column = Réponse
portal-narrative = Ce que dit le profil
portal-findings = Constats
portal-progress-api = La comparaison dans l’API (JSON)
portal-chart-none = aucune réponse comptée
portal-gcm-description = Comment se répartissent les réponses des derniers profils publiés sur chaque objectif du Pacte mondial sur les migrations, par région et par indicateur. Pas un classement.
portal-sdg-description = Une lecture indicative de l’indicateur 10.7.2 des ODD par domaine, à partir du dernier profil publié de chaque pays ou collectivité. Pas le chiffre officiel.
portal-compare-description = De deux à quatre profils publiés côte à côte, domaine par domaine : réponses et constats. Jamais classés.
portal-explore-description = Ce que dit chaque profil publié sur chaque indicateur : réponses, constats et leurs sources.
portal-progress-description = Ce qui a changé entre deux cycles publiés d’un pays ou d’une collectivité, indicateur par indicateur.
portal-home-kind = Type
portal-home-rounds = Cycles publiés
portal-home-kind-country = pays
portal-home-kind-locality = collectivité locale
portal-search-kind = Nature du texte
portal-search-about = Sujet
portal-search-text = Passage
# The explorer's choice of level, and its options.
portal-level = Niveau
portal-level-all = Pays et collectivités locales
portal-level-countries-only = Pays
portal-level-localities-only = Collectivités locales
# After an answer found by search: a link to every published answer on its indicator.
portal-search-peers = Toutes les réponses publiées sur cet indicateur
# Under "Findings that moved" on the progress page.
portal-progress-findings-moved-hint = Indicateurs dont les constats ont changé de catégorie : classés parmi les aspects bien développés lors d’un cycle, et parmi les aspects qui pourraient être renforcés lors de l’autre.
portal-progress-findings-new = Nouveaux constats
portal-progress-findings-retired = Constats qui ne figurent plus dans le profil
# On a profile's page, once its jurisdiction has more than one published round.
portal-profile-rounds = Cycles
portal-profile-progress = Évolution entre les cycles
