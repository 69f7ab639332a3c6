# Le profil d’une évaluation (mgi-profile) : tous les mots que le profil écrit lui-même, en HTML,
# Markdown et PDF. Les textes de l’évaluation (constats, résumés, sources) et du cadre (noms des
# domaines, principes) n’y figurent pas. Les années sont passées comme texte.

## Titre et pages liminaires

# $year (texte) : l’année du cycle. $jurisdiction_name (texte) : le pays ou la collectivité.
profile-title = Profil des Indicateurs de gouvernance des migrations { $year } – { $jurisdiction_name }
profile-publisher = Éditeur :
profile-licence = Licence :
profile-required-citation = Citation requise :
profile-default-publisher = déploiement de démonstration de mgi
profile-default-disclaimer = Ce profil a été produit par mgi à partir des données de l’évaluation. Les points de vue qu’il rapporte sont ceux de l’évaluation, validée par le gouvernement concerné ; il ne s’agit pas d’un classement, et le profil ne mesure pas les résultats des politiques.
# À la place de l’avertissement, sur un profil que le gouvernement n’a pas validé (un projet
# avant validation, une correction) : il ne prétend à aucune validation.
profile-draft-disclaimer = Ce projet a été produit par mgi à partir des données de l’évaluation. Il n’est pas publié : un profil n’est publié qu’une fois validé par le gouvernement concerné. Il ne s’agit pas d’un classement, et le profil ne mesure pas les résultats des politiques.
profile-default-licence = Licence Creative Commons Attribution 4.0 International (CC BY 4.0)
profile-default-citation = Profil des Indicateurs de gouvernance des migrations { $year } – { $jurisdiction_name }. Produit avec mgi.
profile-assessed-against = Évalué au regard de l’ensemble « { $set } », version { $version }.
profile-reconstruction-notice = Les textes des indicateurs sont une reconstitution des Indicateurs de gouvernance des migrations par le projet mgi, et non la formulation officielle de l’OIM.
profile-contents = Sommaire
profile-notes = Notes de fin
# $number (nombre) : nom accessible d’un appel de note.
profile-note-ref = Appel de note { $number }
profile-note-back = Retour au texte de la note { $number }

## Mention de projet (profil non publié)

profile-draft = Projet
profile-draft-caps = PROJET
profile-stage =
    { $stage ->
        [data-collection] collecte des données
        [draft-shared] projet communiqué
        [consultation] consultation
        [validated] validé
        [published] publié
        [correction] correction
       *[launched] lancement
    }
profile-draft-stage = étape : { $stage_name }
profile-not-for-publication = Ne pas diffuser.

## Titres des sections

profile-section-objectives = Objectifs
profile-section-introduction = Présentation
profile-section-framework = Cadre conceptuel
profile-section-summary = Résumé
profile-section-context = Contexte
profile-section-key-findings = Principaux constats
profile-section-after = Après l’évaluation des IGM
profile-section-annex = Annexe : consultation nationale
profile-section-process = Le processus des IGM
profile-section-key-sources = Principales sources

## Textes fixes

profile-objectives-1 = Les Indicateurs de gouvernance des migrations aident le gouvernement qui en fait la demande à dresser le bilan de ses politiques et stratégies migratoires, à voir ce qui fonctionne bien et où il est possible d’aller plus loin.
profile-objectives-2 = Ils ouvrent un dialogue sur les priorités entre le gouvernement et les autres parties prenantes. Le gouvernement est maître du processus, au niveau national comme au niveau local, et s’en sert pour améliorer au fil du temps la gestion des migrations.
profile-introduction-1 = Les indicateurs sont le point de départ d’un processus consultatif. Ils aident le gouvernement à repérer les aspects bien développés, les aspects qui pourraient être renforcés et les priorités adaptées aux défis et aux possibilités de son propre contexte.
profile-introduction-2 = La participation est volontaire. Les indicateurs respectent les spécificités nationales et ne proposent pas un modèle unique pour tous les pays. Ils ne classent pas les pays et ne mesurent ni les résultats des politiques ni l’efficacité des institutions : ils recensent les politiques, lois, institutions et pratiques en place.
profile-framework-intro = Le Cadre de gouvernance des migrations (MiGOF) de l’OIM énonce trois principes et trois objectifs pour des migrations bien gérées. Les indicateurs regroupent quelque quatre-vingt-dix questions en six domaines, un pour chaque principe et chaque objectif :
profile-after-1 = Les résultats peuvent éclairer l’élaboration des politiques, avec l’appui de l’OIM si le gouvernement le souhaite.
profile-after-2 = Les constats peuvent nourrir des activités de renforcement des capacités.
profile-after-3 = Une évaluation de suivi quelques années plus tard peut montrer les progrès accomplis.
profile-after-4 = Les gouvernements peuvent échanger de bonnes pratiques avec d’autres qui ont pris part au processus.
profile-process-launch = Lancement.
profile-process-launch-text = Les responsables gouvernementaux sont informés de ce qu’implique l’évaluation, afin que le processus bénéficie de leur plein soutien.
profile-process-data = Collecte et analyse des données.
profile-process-data-text = Des chercheurs rassemblent des éléments au regard des indicateurs et rédigent un projet de profil, qui est communiqué au gouvernement.
profile-process-consultation = Consultation interministérielle.
profile-process-consultation-text = Les ministères et les autres parties prenantes examinent le projet : bonnes pratiques, lacunes et priorités.
profile-process-publication = Publication du profil.
profile-process-publication-text = Une fois que le gouvernement a validé le profil final, celui-ci est publié.

## Ce qui figure lorsque des données manquent

profile-no-summary = Aucun résumé n’a été rédigé pour ce domaine.
profile-no-context = Aucune donnée de contexte n’a été enregistrée pour cette évaluation.
profile-no-findings = Aucun constat n’a été enregistré ici.
profile-no-framework = Le cadre de cette évaluation n’est pas disponible.
profile-no-consultation = Aucune consultation n’a été enregistrée pour cette évaluation.
profile-no-sources = Aucune source n’a été enregistrée pour cette évaluation.

## Contexte

# $group (code : immigrant, emigrant ou migrant).
profile-group =
    { $group ->
        [immigrant] Personnes immigrées
        [emigrant] Personnes émigrées
       *[migrant] Personnes migrantes
    }
profile-measure-stock = { $group } (nombre)
profile-measure-share = { $group }, part de la population totale
profile-measure-population = Population totale
profile-measure-share-change = Variation de la part des migrants dans la population
profile-measure-remittances = Envois de fonds personnels reçus, part du PIB
profile-measure-men = { $measure }, hommes
profile-measure-women = { $measure }, femmes
profile-measure-aged = { $measure }, { $age_group } ans
# $value : le nombre de points de pourcentage, qui choisit aussi le pluriel.
profile-percentage-points =
    { $value ->
        [one] { $value } point de pourcentage
       *[other] { $value } points de pourcentage
    }
# $number (nombre) : le numéro de la figure, auquel les phrases renvoient.
profile-figure-sex = Figure { $number }. Personnes immigrées et émigrées par sexe (en pourcentage)
profile-figure-age = Figure { $number }. Personnes immigrées par groupe d’âge (en pourcentage)
profile-age-years = { $age_group } ans
profile-source-label = Source :
profile-per-cent = Pourcentage
profile-no-date = s.d.

## Principaux constats

profile-conventions-caption = Signature et ratification des conventions internationales
profile-conventions-name = Intitulé
profile-conventions-ratified = Ratification (année)
profile-ratified =
    { $answer ->
        [yes-in] Oui ({ $year })
        [no] Non
       *[yes] Oui
    }
profile-well-developed = Exemples d’aspects bien développés
profile-potential = Aspects qui pourraient être renforcés

## Annexe

profile-held-in = Organisée à { $place }.
# En français, 0 et 1 prennent le singulier.
profile-participants =
    { $count ->
        [one] { $count } personne y a participé.
       *[other] { $count } personnes y ont participé.
    }
profile-participants-more-than =
    { $count ->
        [one] Plus de { $count } personne y a participé.
       *[other] Plus de { $count } personnes y ont participé.
    }
profile-recommendations = Recommandations

## Citations et principales sources

profile-last-amended = { $year }, dernière modification en { $last }
profile-amended-in = dernière modification en { $year }
profile-not-online = Non disponible en ligne.
profile-translation-note =
    Ce profil a été rédigé en { $original } ; il est présenté ici en traduction. { $status ->
        [official] La traduction a été validée avec le profil.
        [official-pending] La traduction est marquée officielle ; elle sera validée avec le profil.
        [reviewed] La traduction a été relue par un second traducteur.
       *[draft] La traduction est une version provisoire, pas encore relue par un second traducteur.
    }

# A footnote that cites exactly what the note before it cites.
profile-ibid = Ibid.
# The two boxes of the conceptual framework.
profile-mgi-are = Ce que sont les IGM
profile-mgi-are-1 = Des indicateurs qui montrent les leviers dont un pays dispose pour renforcer sa gouvernance des migrations
profile-mgi-are-2 = Un moyen de reconnaître les bonnes pratiques et les domaines qui pourraient être développés
profile-mgi-are-3 = Une consultation qui aide le gouvernement et ses partenaires à s’accorder sur ce qu’est pour eux une migration bien gouvernée, au regard de la cible 10.7 des ODD et du Pacte mondial sur les migrations
profile-mgi-are-not = Ce que les IGM ne sont pas
profile-mgi-are-not-1 = Un classement des pays
profile-mgi-are-not-2 = Une mesure des résultats des politiques
profile-mgi-are-not-3 = Une prescription
# A numbered part of a domain's key findings: $number such as 1.2, $title its title.
profile-part = { $number }. { $title }
profile-conventions-heading = Conventions internationales ratifiées
# A table's caption: $number (number) in reading order, $caption its title.
profile-table = Tableau { $number }. { $caption }
profile-tables-and-figures = Tableaux et figures
# The PDF's subject: $year, $jurisdiction_name.
profile-subject = La gouvernance des migrations de { $jurisdiction_name } en { $year } : aspects bien développés et aspects qui pourraient être renforcés, selon les Indicateurs de gouvernance des migrations
profile-keyword-mgi = Indicateurs de gouvernance des migrations
profile-keyword-governance = gouvernance des migrations
# The imprint.
profile-research-partner = Recherche et analyse :
profile-isbn = ISBN
profile-default-address =
    Démonstration seulement : pas d’adresse postale.
    L’adresse de l’éditeur se règle dans la table [publication] de mgi.toml.
profile-default-copyright = © déploiement de démonstration de mgi, { "{year}" }
# The cover: the series, and the edition ($year: the round's year).
profile-series = Indicateurs de gouvernance des migrations
profile-edition = Profil { $year }

## Le contexte en phrases

# Un nombre de personnes en millions : $value, les millions (un nombre, qui choisit le pluriel).
profile-millions =
    { $value ->
        [one] { $value } million
       *[other] { $value } millions
    }
# Voir les commentaires du catalogue anglais. Les phrases françaises ne reprennent pas $name :
# l’article ou la préposition que prend un nom de pays (la Mongolie, au Mexique) n’est pas une
# donnée enregistrée.
profile-context-immigrants =
    { $source ->
        [named] D’après les chiffres de { $issuer }, les personnes immigrées étaient
       *[known] Les personnes immigrées étaient
    } au nombre de { $count } en { $year }{ $detail ->
        [share-population] , soit { $share } d’une population totale de { $population }.
        [share] , soit { $share } de la population.
       *[count] .
    }
profile-context-by-sex =
    { $source ->
        [named] D’après les chiffres de { $issuer }, parmi les
       *[known] Parmi les
    } { $group ->
        [immigrant] personnes immigrées
       *[emigrant] personnes émigrées
    } recensées en { $year }, { $men } étaient des hommes et { $women } des femmes (voir la figure { $figure }).
profile-context-emigrants =
    { $source ->
        [named] D’après les chiffres de { $issuer }, les personnes émigrées étaient
       *[known] Les personnes émigrées étaient
    } au nombre de { $count } en { $year }{ $detail ->
        [share] , soit l’équivalent de { $share } de la population.
       *[count] .
    }
profile-context-share-change =
    { $source ->
        [named] D’après les chiffres de { $issuer }, en
       *[known] En
    } { $year }, la part des migrants dans la population avait évolué de { $value }.
profile-context-remittances =
    { $source ->
        [named] D’après les chiffres de { $issuer }, les
       *[known] Les
    } envois de fonds personnels reçus représentaient { $value } du produit intérieur brut (PIB) en { $year }.
profile-context-by-age =
    { $source ->
        [named] D’après les chiffres de { $issuer }, parmi les
       *[known] Parmi les
    } personnes immigrées recensées en { $year }, { $groups } (voir la figure { $figure }).
profile-context-age-group = { $share } appartenaient au groupe des { $age_group } ans
profile-context-and = { $head } et { $last }
profile-context-other = { $measure } en { $year } : { $value }.
