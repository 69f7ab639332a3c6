# Le classeur questionnaire (XLSX) : noms des feuilles, en-têtes des colonnes, listes déroulantes
# et feuille « À propos » ; les raisons pour lesquelles une cellule d’un classeur rempli est
# refusée ; ce qu’affiche `mgi workbook`. Les libellés des listes ne contiennent pas de virgule
# (Excel coupe ses listes aux virgules) et aucun n’est égal au code d’une autre valeur de sa liste
# (les codes sont acceptés aussi).

## Noms des feuilles (31 caractères au plus, aucun de [ ] : * ? / \)

workbook-sheet-about = À propos
workbook-sheet-sources = Registre des sources
workbook-sheet-findings = Constats
# $domain : l’identifiant du domaine dans le cadre ; $number : son numéro.
workbook-sheet-domain =
    { $domain ->
        [rights] Droits
        [government] Gouvernement
        [partnerships] Partenariats
        [wellbeing] Bien-être
        [crises] Crises
        [safe-migration] Migration sûre
       *[other] Domaine { $number }
    }

## Le bloc d’identité de la feuille « À propos » (libellés de la colonne A)

workbook-id-jurisdiction = Code du pays ou de la collectivité
workbook-id-year = Année du cycle
workbook-id-set = Série du cadre
workbook-id-version = Version du cadre
workbook-id-fingerprint = Empreinte du contenu
workbook-id-language = Langue du classeur
workbook-id-layout = Version de la mise en page du classeur

## En-têtes des feuilles de domaine, et ce que contient chaque colonne

workbook-col-indicator = Identifiant de l’indicateur
workbook-col-name = Indicateur
workbook-col-subarea = Sous-domaine
workbook-col-question = Question posée
workbook-col-answer = Réponse
workbook-col-narrative = Exposé
workbook-col-confidence = Confiance
workbook-col-status = État
workbook-col-notes = Notes de recherche
workbook-help-indicator = L’identifiant de l’indicateur : la clé de la ligne. Ne le modifiez pas.
workbook-help-name = Le nom court de l’indicateur (à lire ; les modifications sont ignorées).
workbook-help-subarea = Le sous-domaine (à lire ; les modifications sont ignorées).
workbook-help-question = La question de l’indicateur (à lire ; les modifications sont ignorées).
workbook-col-criteria = Critères de réponse
workbook-help-criteria = Quand la réponse est en place, en partie ou pas en place, selon les indications de l’indicateur (à lire ; les modifications sont ignorées).
workbook-help-answer = L’une des réponses énumérées plus bas (liste déroulante).
workbook-help-narrative = Ce que montrent les éléments recueillis, en phrases complètes (publié).
# $choices : les degrés de confiance, séparés par des virgules.
workbook-help-confidence = La confiance dans la réponse : { $choices } (ou vide).
workbook-help-status = L’avancement de la réponse (liste déroulante) ; vide signifie brouillon.
workbook-help-notes = Notes de recherche privées : jamais publiées.
# $number : le numéro de la paire de colonnes (1, 2, …), ou N sur la feuille À propos.
workbook-col-citation-source = Source { $number }
workbook-col-pinpoint = Référence { $number }
workbook-help-citation-source = Une source citée, choisie dans la liste déroulante de la feuille « { workbook-sheet-sources } » (« clé — titre (année) ») ; une source ajoutée sur cette feuille y est aussitôt proposée. Une source par paire de colonnes ; laissez les autres vides.
workbook-help-pinpoint = L’endroit précis de la source voisine (par exemple Article 9.1, p. 12) ; facultatif.

## En-têtes de la feuille des sources, et ce que contient chaque colonne

workbook-col-key = Clé
workbook-col-issuer = Émetteur
workbook-col-title = Titre
workbook-col-year = Année
workbook-col-kind = Type
workbook-col-amended = Modifiée (années)
workbook-col-url = Adresse URL
workbook-col-online = En ligne
workbook-col-language = Langue
workbook-col-note = Remarque
workbook-help-key = La clé de la source, en tête des listes déroulantes des colonnes Source des feuilles de domaine et de la feuille « { workbook-sheet-findings } » : lettres minuscules, chiffres et « - », unique. Une nouvelle clé est une nouvelle source.
workbook-help-issuer = Qui l’a publiée (obligatoire).
workbook-help-title = Le titre (obligatoire).
workbook-help-year = L’année de publication ; vide si la source n’est pas datée.
workbook-help-kind = L’un des types de source énumérés plus bas (liste déroulante).
workbook-help-amended = Les années des modifications, de la plus ancienne à la plus récente, séparées par « , » (par exemple 2015, 2021).
workbook-help-url = L’adresse où la lire en ligne, s’il y en a une.
# $yes, $no : les deux valeurs de la liste.
workbook-help-online = { $yes } ou { $no } : si la source est disponible en ligne ; vide signifie { $yes }.
workbook-help-language = Le code de langue de la source (BCP 47, par exemple mn, en).
workbook-help-note = Ce que la bibliographie ajoute après le titre (lieu, date, type de rapport).
workbook-col-source-label = Dans les listes de citations
workbook-help-source-label = Comment les colonnes Source proposent cette source : clé — titre (année). Calculé à partir de la ligne (verrouillé, non lu).

## En-têtes des colonnes de la feuille des constats, et ce que chaque colonne contient

workbook-col-domain = Domaine
workbook-col-finding-kind = Type de constat
workbook-col-text = Texte
workbook-col-indicators = Indicateurs
workbook-col-footnotes = Notes
workbook-col-version = Numéro de version
workbook-help-finding-key = La clé du constat, écrite par l’export : elle retrouve le constat de la ligne. Verrouillée ; une nouvelle ligne n’en a pas.
workbook-help-domain = Le domaine, par le nom de sa feuille (liste déroulante). Un nouveau constat en a besoin ; un constat ne peut pas changer de domaine.
# $choices : les types de constat, séparés par des virgules.
workbook-help-finding-kind = { $choices } (liste déroulante).
workbook-help-text = Le paragraphe du constat, tel que le profil l’imprime (Markdown ; publié).
workbook-help-indicators = Les indicateurs dont parle le constat, un par ligne, le principal en premier : par identifiant (comme dans la colonne « { workbook-col-indicator } » des feuilles de domaine) ou par nom.
workbook-help-footnotes = Les notes du constat, une par ligne, dans l’ordre.
workbook-help-version = La version du constat lors de l’export, écrite par l’export. Verrouillée : une ligne modifiée après que quelqu’un d’autre a enregistré son constat est refusée.

## Listes déroulantes : le libellé de chaque code (sans virgule) et ce qu’il signifie

workbook-answer-meaning =
    { $value ->
        [present] Ce que demande l’indicateur existe, dans la loi ou dans la pratique.
        [partial] Cela n’existe qu’en partie : pour certains groupes, en certains lieux, ou dans la loi mais pas dans la pratique.
        [absent] Cela n’existe pas.
        [not-applicable] La question ne concerne pas ce pays ou cette collectivité.
       *[unknown] Recherché, mais les éléments trouvés ne permettent pas de trancher.
    }
workbook-confidence-meaning =
    { $value ->
        [low] Éléments indirects ou anciens ; la réponse peut changer.
        [medium] De bons éléments, avec des lacunes.
       *[high] Des sources primaires tranchent (la loi, des données officielles).
    }
workbook-status-meaning =
    { $value ->
        [not-started] Pas encore travaillée.
        [draft] En cours de rédaction.
        [complete] Rédigée, en attente de relecture.
        [reviewed] Vérifiée par un relecteur.
       *[carried-over] Reprise d’un cycle précédent et pas encore vérifiée de nouveau.
    }
workbook-kind-meaning =
    { $value ->
        [law] Une loi, un code ou une constitution.
        [regulation] Un décret, une résolution, une règle ou une procédure d’application d’une loi.
        [policy] Une politique, une stratégie, un plan ou un programme.
        [agreement] Un accord ou une convention bilatéraux ou multilatéraux.
        [report] Un rapport, une étude ou un examen.
        [data] Un tableau statistique ou un jeu de données.
        [web] Une page web.
       *[other] Tout le reste.
    }
workbook-finding-kind-meaning =
    { $value ->
        [well-developed] Un aspect où les politiques du pays ou de la collectivité sont bien développées.
       *[potential] Un aspect qui pourrait être renforcé.
    }
# $value : oui ou non, si une source est en ligne.
workbook-online =
    { $value ->
        [no] non
       *[yes] oui
    }
workbook-online-meaning =
    { $value ->
        [no] Seulement sur papier, dans des archives ou sur demande.
       *[yes] Disponible en ligne (indiquez son adresse quand il y en a une).
    }
# $list : la liste (answer, confidence, status, finding-kind, kind, online) ; ce qu’est une de ses valeurs.
workbook-list-what =
    { $list ->
        [answer] une réponse
        [confidence] une valeur de confiance
        [status] un état
        [finding-kind] un type de constat
        [kind] un type de source
       *[online] oui ou non
    }
# $list : comme ci-dessus ; le titre de la liste sur la feuille « À propos ».
workbook-list-heading =
    { $list ->
        [answer] Réponses
        [confidence] Confiance
        [status] États
        [finding-kind] Types de constat
        [kind] Types de source
       *[online] En ligne
    }
# Affiché par le tableur quand une valeur saisie n’est pas dans la liste (titre : 32 caractères
# au plus). $choices : les valeurs, séparées par des virgules.
workbook-list-error-title = Valeur hors liste
workbook-list-error = Choisissez l’une de ces valeurs : { $choices }.
workbook-year-error-title = Année non valable
# $from, $to : la première et la dernière année admises.
workbook-year-error = Une année est un nombre entier de { $from } à { $to }.
# Affiché par le tableur quand une cellule de source ne contient aucune source du registre
# (titre : 32 caractères au plus).
workbook-source-error-title = Source hors du registre
workbook-source-error = Choisissez une source dans la liste. Pour citer une nouvelle source, ajoutez-la d’abord sur la feuille « { workbook-sheet-sources } ».

## La feuille « À propos »

# $jurisdiction : le nom du pays ou de la collectivité ; $year : l’année du cycle.
workbook-title = Questionnaire IGM : { $jurisdiction } { $year }
workbook-about-jurisdiction = Pays ou collectivité
workbook-about-framework = Cadre
workbook-about-stage = Étape lors de l’export
workbook-about-how = Comment remplir le classeur
workbook-about-where-label = Où écrire
# $columns : les en-têtes des colonnes à remplir, séparés par des virgules.
workbook-about-where = Sur chaque feuille de domaine, remplissez les colonnes blanches : { $columns }. Les colonnes grises sont verrouillées : l’identifiant de l’indicateur est la clé de la ligne ; le nom, le sous-domaine, la question et les critères de réponse sont à lire.
workbook-about-rows-label = Lignes
workbook-about-rows = Chaque indicateur a une ligne, retrouvée par son identifiant et non par sa place. Une ligne laissée sans réponse reste sans réponse. Une réponse déjà donnée ne peut pas être retirée ici : choisissez « { $unknown } ». N’ajoutez ni ne supprimez de lignes ou de colonnes sur les feuilles de domaine ; les feuilles ajoutées sont ignorées.
workbook-about-sources-label = Feuille « { workbook-sheet-sources } »
workbook-about-sources = Le registre des sources. Une ligne avec une nouvelle clé ajoute une source ; modifier une ligne met la source à jour ; supprimer une ligne ne supprime pas la source. Citez une source en la choisissant dans une colonne Source des feuilles de domaine ou de la feuille « { workbook-sheet-findings } », et sa référence précise dans la colonne Référence voisine.
workbook-about-findings-label = Feuille « { workbook-sheet-findings } »
workbook-about-findings = Les constats clés du profil, un par ligne. Modifier une ligne enregistre son constat ; une ligne sans clé, avec un domaine, un type et un texte, ajoute un constat à son domaine ; supprimer une ligne ne supprime pas le constat. Supprimez les constats, changez leur ordre et examinez les indicateurs suggérés sur leurs pages.
workbook-about-import-label = Importation
workbook-about-import = Le classeur est importé en entier ou pas du tout : chaque problème est signalé avec sa feuille et sa cellule. Les résumés, les chiffres de contexte et les commentaires ne sont pas dans ce classeur et restent tels quels. La cellule de langue ci-dessus indique la langue des noms de feuilles, des en-têtes et des listes déroulantes : ne la modifiez pas.
workbook-about-question-columns = Colonnes des feuilles de domaine
workbook-about-source-columns = Colonnes de la feuille « { workbook-sheet-sources } »
workbook-about-finding-columns = Colonnes de la feuille « { workbook-sheet-findings } »
workbook-about-domains = Feuilles de domaine
workbook-about-notice = Avertissement
workbook-about-indicator-texts = Textes des indicateurs
workbook-about-set-notice = Série du cadre

## Pourquoi une cellule d’un classeur rempli est refusée (après « Feuille!Cellule: »)

# $value : la valeur d’erreur du tableur, par exemple #N/A.
workbook-reason-error-value = contient la valeur d’erreur { $value }
workbook-reason-date = contient une date ou une heure ({ $value }) et non du texte ; mettez la cellule au format texte et saisissez de nouveau la valeur
# $chars : la longueur de la cellule ; $start : ses premiers caractères ; $limit : le texte le plus long admis.
workbook-reason-too-long = contient { $chars } caractères (« { $start }… ») ; la limite est de { $limit }
# $what : workbook-list-what ; $choices : les libellés de la liste, séparés par des virgules.
workbook-reason-not-in-list = « { $value } » n’est pas { $what } ; choisissez parmi { $choices }
# $from, $to : la première et la dernière année admises.
workbook-reason-not-a-year = « { $value } » n’est pas une année (un nombre entier de { $from } à { $to })
# $row : la dernière ligne lue.
workbook-reason-below-last-row = le contenu situé sous la ligne { $row } n’est pas lu ; supprimez-le
workbook-reason-header = l’en-tête devrait être « { $expected } », il est « { $found } » ; ne déplacez, n’insérez ni ne supprimez de colonnes
# $languages : les codes de langue qu’un classeur peut avoir.
workbook-reason-language = devrait indiquer la langue du classeur ({ $languages }), elle contient « { $found } » ; exportez un nouveau classeur plutôt que de modifier cette cellule
# $field : le libellé de la cellule (workbook-id-*) ; $found : sa valeur ; $expected : la valeur enregistrée.
workbook-reason-identity = { $field } vaut « { $found } », mais l’évaluation sur laquelle il est lu a « { $expected } » ; importez un classeur exporté de cette évaluation
workbook-reason-content-changed = l’évaluation a changé depuis l’export de ce classeur (quelqu’un a enregistré une modification entre-temps) ; exportez un nouveau classeur et reportez-y vos changements, afin de ne rien écraser de ce qui a été enregistré
# $expected : la version de mise en page que ce mgi lit ; $found : ce que contient la cellule.
workbook-reason-layout = devrait indiquer la version de la mise en page du classeur ({ $expected }), elle contient « { $found } » : ce classeur a été exporté par une version antérieure de mgi, dont les colonnes diffèrent ; exportez un nouveau classeur et reportez-y votre travail
workbook-reason-no-indicator = la ligne a un contenu mais pas d’identifiant d’indicateur
# $set : la série du cadre, par exemple mgi-national v1.
workbook-reason-unknown-indicator = indicateur inconnu « { $id } » (absent de { $set })
# $home : le nom de la feuille à laquelle l’indicateur appartient.
workbook-reason-wrong-sheet = l’indicateur « { $id } » appartient à la feuille « { $home } », pas à celle-ci
# $first : la cellule où il apparaît d’abord, par exemple Droits!A2.
workbook-reason-duplicate-indicator = l’indicateur « { $id } » apparaît deux fois (aussi en { $first })
# $before : la réponse enregistrée ; $unknown : le libellé de la réponse « inconnu ».
workbook-reason-answer-withdrawn = vide, mais la réponse était « { $before } » ; une réponse ne peut pas être retirée dans le classeur (choisissez plutôt « { $unknown } »)
# $columns : les en-têtes des cellules remplies, séparés par des virgules.
workbook-reason-answer-needed = vide, mais la ligne contient { $columns } ; choisissez une réponse : { $choices }
workbook-reason-duplicate-key = la clé « { $key } » est utilisée deux fois (aussi en { $first })
workbook-reason-kind-missing = vide ; une source doit avoir un type : { $choices }
# $value : la valeur de la cellule ; $domains : les noms des feuilles de domaine, séparés par des virgules.
workbook-reason-not-a-domain = « { $value } » n’est pas un domaine ; choisissez parmi { $domains }
workbook-reason-domain-needed = vide ; un nouveau constat doit avoir un domaine : { $domains }
# $choices : les types de constat, séparés par des virgules.
workbook-reason-finding-kind-missing = vide ; un constat doit avoir un type : { $choices }
# $key : la clé du constat de la ligne.
workbook-reason-unknown-finding = aucun constat n’a la clé « { $key } » (supprimé depuis l’export ?) ; pour l’ajouter de nouveau, copiez ses cellules sur une ligne vide plus bas
# $domain : le nom de la feuille du domaine du constat.
workbook-reason-domain-changed = le constat « { $key } » appartient au domaine { $domain }, qui ne peut pas changer ici ; écrivez-le sur une ligne vide avec l’autre domaine, et supprimez ce constat sur sa page
# $version : la version avec laquelle la ligne a été exportée ; $current : la version enregistrée maintenant.
workbook-reason-finding-stale = le constat « { $key } » a été enregistré par quelqu’un d’autre depuis l’export de ce classeur (version { $current } ; cette ligne a la version { $version }) ; exportez un nouveau classeur et reportez-y vos changements, afin de ne rien écraser de ce qui a été enregistré
workbook-reason-not-a-version = « { $value } » n’est pas la version écrite par l’export (un nombre entier) ; ne modifiez pas cette cellule
# $values : les noms donnés, chacun entre guillemets (workbook-quoted), séparés par des virgules ;
# $count : leur nombre ; $set : la série du cadre, par exemple mgi-national v1.
workbook-reason-unknown-indicators =
    nomme { $values }, { $count ->
        [one] qui n’est pas un indicateur
       *[other] qui ne sont pas des indicateurs
    } de { $set } ; donnez chacun par son identifiant ou son nom, un par ligne
# $value : le texte de la cellule ; $sheet : le nom de la feuille des sources.
workbook-reason-unknown-source = « { $value } » n’est pas une source de la feuille « { $sheet } » ; choisissez-en une dans la liste déroulante
# $source : l’en-tête de la colonne de source voisine.
workbook-reason-pinpoint-without-source = une référence précise sans source : choisissez la source dans la colonne « { $source } » voisine
# Une règle de l’évaluation enfreinte par la valeur de la cellule. $message : la règle, telle que le modèle l’énonce.
workbook-reason-rule = « { $value } » : { $message }
# $text : une valeur citée dans une liste.
workbook-quoted = « { $text } »

## Pourquoi un classeur rempli n’est pas lu du tout

# $detail : ce qu’a signalé le lecteur XLSX.
workbook-error-unreadable = ce n’est pas un classeur XLSX lisible (enregistrez-le depuis Excel ou LibreOffice au format .xlsx) : { $detail }
# $sheet : la feuille manquante ; $found : les feuilles du classeur, séparées par des virgules.
workbook-error-missing-sheet = la feuille « { $sheet } » manque (supprimée ou renommée ?) ; le classeur contient : { $found }
# $names : le nom de la feuille « À propos » dans chaque langue, séparés par des virgules.
workbook-error-no-about = il n’y a pas de feuille « À propos » ({ $names }) : ce n’est pas un classeur questionnaire de mgi, ou cette feuille a été supprimée ou renommée ; le classeur contient : { $found }
# Le fichier n’est pas une archive zip (le format des fichiers .xlsx).
workbook-error-not-xlsx = ce fichier n’est pas un classeur XLSX (un fichier .xls, .ods ou .csv, ou un classeur protégé par un mot de passe ?) ; enregistrez-le depuis Excel ou LibreOffice au format .xlsx, sans mot de passe, puis importez-le de nouveau
workbook-error-damaged = le classeur est endommagé : une partie du fichier ne peut pas être décompressée (a-t-il été tronqué lors d’une copie ou d’un téléchargement ?) ; ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau au format .xlsx, puis importez-le de nouveau
# $limit : en mégaoctets.
workbook-error-too-large = le classeur est trop volumineux une fois décompressé (plus de { $limit } Mo) ; enregistrez-le de nouveau sans feuilles ni images superflues
workbook-error-part-too-large = une partie du classeur (une feuille, une image ou la liste de ses textes) est trop volumineuse une fois décompressée (plus de { $limit } Mo) ; enregistrez-le de nouveau sans lignes ni images superflues
# $limit : le nombre maximal de parties d’un classeur.
workbook-error-too-many-parts = le classeur compte trop de parties (plus de { $limit } feuilles, images et autres éléments) ; enregistrez-le de nouveau sans feuilles ni images superflues
workbook-error-too-many-texts = le classeur contient trop de textes différents (plus de { $limit }) ; supprimez les feuilles et les lignes qui ne font pas partie du questionnaire, puis enregistrez-le de nouveau
workbook-error-too-many-cells = une feuille du classeur a trop de cellules (plus de { $limit }) ; supprimez les lignes et les colonnes qui ne font pas partie du questionnaire, puis enregistrez-le de nouveau
# $limit : en mégaoctets ; $sheet : la feuille en cours de lecture lorsque la limite a été atteinte.
workbook-error-too-much-text = les colonnes du questionnaire contiennent trop de texte (plus de { $limit } Mo, atteints dans la feuille « { $sheet } ») ; supprimez les lignes qui ne font pas partie du questionnaire, puis enregistrez-le de nouveau

## Pourquoi un classeur ne peut pas être écrit (export)

# $set, $version : la série du cadre de l’évaluation.
workbook-error-unknown-set = l’évaluation utilise la série { $set } version { $version }, que ce cadre ne contient pas
# $column : l’en-tête de la colonne ; $id : l’indicateur ; $sheet, $cell : l’endroit où il serait écrit ;
# $length : la longueur du texte ; $limit : le maximum qu’une cellule de tableur peut contenir.
workbook-error-indicator-text-too-long = le classeur ne peut pas être exporté : le champ « { $column } » de l’indicateur { $id } (cellule { $sheet }!{ $cell }) compte { $length } caractères, plus que les { $limit } qu’une cellule de tableur peut contenir ; raccourcissez-le, puis exportez de nouveau
# $key : la clé de la source.
workbook-error-source-text-too-long = le classeur ne peut pas être exporté : le champ « { $column } » de la source « { $key } » (cellule { $sheet }!{ $cell }) compte { $length } caractères, plus que les { $limit } qu’une cellule de tableur peut contenir ; raccourcissez-le, puis exportez de nouveau
# $key : la clé du constat.
workbook-error-finding-text-too-long = le classeur ne peut pas être exporté : le champ « { $column } » du constat « { $key } » (cellule { $sheet }!{ $cell }) compte { $length } caractères, plus que les { $limit } qu’une cellule de tableur peut contenir ; raccourcissez-le, puis exportez de nouveau
workbook-error-text-too-long = le classeur ne peut pas être exporté : le texte de la cellule { $sheet }!{ $cell } compte { $length } caractères, plus que les { $limit } qu’une cellule de tableur peut contenir ; raccourcissez-le, puis exportez de nouveau
# $detail : ce qu’a signalé le programme d’écriture XLSX.
workbook-error-write-cell = impossible d’écrire le classeur en { $sheet }!{ $cell } : { $detail }
workbook-error-write = impossible d’écrire le classeur : { $detail }

## mgi workbook (ligne de commande)

# $jurisdiction : un code de pays ou de collectivité ; $year : l’année du cycle ; $path : un fichier.
workbook-cli-written = classeur de { $jurisdiction } { $year } écrit dans { $path }
# $answers, $findings, $sources : combien ont été enregistrés (constats : enregistrés ou ajoutés).
workbook-cli-saved = { $jurisdiction } { $year } : { $answers } réponse(s), { $findings } constat(s) et { $sources } source(s) enregistré(e)s depuis { $path }
workbook-cli-nothing-stored = { $path } : rien n’a été enregistré
# $size : la taille du fichier en octets ; $max : la taille la plus grande admise.
workbook-cli-too-big = { $path } : { $size } octets ; un classeur peut en avoir au plus { $max }
