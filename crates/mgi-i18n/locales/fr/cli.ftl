# La ligne de commande (`mgi`) : ce qu’elle affiche pour les personnes, sur la sortie standard et
# la sortie d’erreur. Les sorties destinées aux programmes (JSON, CSV, fichiers exportés, listes
# séparées par des tabulations) gardent leurs codes et ne sont pas ici ; ni les textes de `--help`
# (clap, en anglais), ni les bancs d’essai (outils des développeurs).
# $file est un chemin et $url l’adresse d’une base de données, tels que donnés ; $jurisdiction est
# un code (MNG, GHA-accra) et $year un cycle, tels qu’écrits.

## Erreurs

# $message : ce qui n’a pas marché (les refus de la base sont les messages refusal-*).
cli-error = erreur : { $message }
# $reason : l’explication du système.
cli-no-runtime = impossible de démarrer l’environnement d’exécution asynchrone : { $reason }
cli-cannot-read = impossible de lire { $file }
cli-cannot-write = impossible d’écrire { $file }
cli-not-utf8 = { $file } : ce n’est pas du texte UTF-8
cli-config-unreadable = impossible de lire la configuration { $file }
cli-cannot-open-db = impossible d’ouvrir la base de données { $url }
cli-no-temp-folder = impossible de créer un dossier temporaire
# $file : l’une des évaluations de référence intégrées à mgi.
cli-reference-assessment = évaluation de référence { $file }
# $count (nombre) : combien de problèmes sont listés au-dessus.
cli-problems-nothing-stored =
    { $count ->
        [one] { $count } problème ; rien n’a été enregistré
       *[other] { $count } problèmes ; rien n’a été enregistré
    }

## mgi framework

# $count (nombre) : combien de problèmes sont listés au-dessus.
cli-framework-not-loaded =
    { $count ->
        [one] { $count } problème ; le cadre n’a pas été chargé
       *[other] { $count } problèmes ; le cadre n’a pas été chargé
    }
# $indicators (nombre), $sets (les séries, cli-framework-set chacune, séparées par des virgules),
# $objectives (nombre), $subcategories (nombre), $crosswalks (nombre).
cli-framework-summary = cadre valide : { $indicators } indicateurs ; séries { $sets } ; { $objectives } objectifs du PMM ; { $subcategories } sous-catégories de l’ODD 10.7.2 ; { $crosswalks } table(s) de correspondance
# $set : l’identifiant de la série ; $version : sa version ; $count (nombre) : ses indicateurs.
cli-framework-set = { $set } v{ $version } ({ $count } indicateurs)

## mgi assessment, mgi check

# $answers, $findings, $sources (nombres) : ce que contient le document.
cli-assessment-valid = { $file } : évaluation { $jurisdiction } { $year } valide ({ $answers } réponses, { $findings } constats, { $sources } sources)
cli-assessment-stored = évaluation { $jurisdiction } { $year } enregistrée ({ $answers } réponses, { $findings } constats)
cli-assessment-exists = { $file } : l’évaluation { $jurisdiction } { $year } est déjà enregistrée ; ajoutez --replace pour la remplacer
cli-assessment-none = aucune évaluation enregistrée (essayez : mgi assessment import FICHIER)
# $version (nombre) : la version de l’enregistrement, pour le verrouillage optimiste.
cli-assessment-record-version = (version de l’enregistrement : { $version })
# Les trois décomptes de `mgi check`, chacun suivi de son nombre (alignés par le programme).
cli-check-no-indicator = constats sans indicateur :
cli-check-unknown-sources = citations de sources inconnues :
cli-check-uncited = sources jamais citées :
cli-check-refused = valeurs que les règles refusent :
# $place : un constat ou une réponse ; $key : la clé de la source citée.
cli-check-cites = { $place } cite { $key }

## mgi import profile

# $lines, $summaries, $figures, $conventions, $findings, $footnotes, $sources, $consultations,
# $unplaced, $warnings : nombres lus dans le profil.
cli-import-report = { $file } : { $lines } lignes ; { $summaries } résumés, { $figures } données de contexte, { $conventions } conventions, { $findings } constats ({ $footnotes } notes de bas de page rattachées), { $sources } sources, { $consultations } consultation(s) ; { $unplaced } ligne(s) non placée(s), { $warnings } avertissement(s)
# $warning : ce que l’importation a remarqué (en anglais).
cli-import-warning = avertissement : { $warning }
# $line (nombre) : la ligne ; $part : la partie du profil (un code) ; $text : ses premiers mots.
cli-import-unplaced = non placée : ligne { $line } ({ $part }) : { $text }
# $count (nombre) : les lignes non placées au-delà de celles affichées.
cli-import-more = … et { $count } de plus dans le rapport

## mgi import profiles

cli-import-batch-column = { $column ->
        [file] fichier
        [jurisdiction] pays ou collectivité
        [year] année
        [language] langue
        [findings] constats
        [sources] sources
        [unplaced] lignes non placées
        [warnings] avertissements
       *[result] résultat
    }
cli-import-batch-checked = lu
cli-import-batch-written = écrit dans { $file }
cli-import-batch-stored = enregistré
cli-import-batch-not-kept = lu, non conservé : { $reason }
cli-import-batch-refused = refusé : { $reason }
cli-import-batch-done = { $files } fichier(s) lu(s), { $refused } refusé(s) ou non conservé(s)
cli-import-batch-too-many = { $count } fichiers trouvés ; une exécution en lit au plus { $max }

## mgi render

cli-render-pdf-terminal = un PDF ne s’affiche pas dans un terminal : indiquez -o FICHIER ou redirigez la sortie

## mgi context import

# $count (nombre) : les lignes fautives ; $good (nombre) : les données qui pourraient être enregistrées.
cli-context-problems = { $count } problème(s) : rien n’a été enregistré (corrigez le fichier, ou ajoutez --skip-bad pour enregistrer les { $good } données correctes)
# $source : le titre du tableau ; $figures, $skipped, $added, $replaced, $rounds : nombres.
cli-context-imported = { $source } : { $figures } données lues ({ $skipped } lignes d’agrégats ignorées) ; { $added } ajoutées, { $replaced } remplacées dans { $rounds } cycle(s)
# $jurisdictions : des codes séparés par des virgules.
cli-context-no-round = aucun cycle en cours pour : { $jurisdictions } (aucun enregistré, ou publié ou validé)

## mgi demo

cli-demo-accounts = comptes de démonstration (connexion sur /login) :
cli-demo-unchanged = (inchangé)
# $backend : sqlite ou postgres.
cli-demo-database = base de données : { $url } ({ $backend })
# $name : le nom du pays ou de la collectivité ; $set, $version : la série du cadre ; $stage : le nom de l’étape.
cli-demo-assessment = évaluation { $jurisdiction } { $year } ({ $name }), { $set } v{ $version }, étape « { $stage } »
# $answers, $findings, $sources, $figures, $conventions : nombres ; $consistency : l’un des deux
# messages cli-demo-consistency-*.
cli-demo-counts = { $answers } réponses, { $findings } constats, { $sources } sources, { $figures } données de contexte, { $conventions } conventions ; cohérence : { $consistency }
cli-demo-consistency-clean = sans problème
cli-demo-consistency-problems = problèmes (lancez mgi check)
cli-demo-temporary = La base de données est temporaire et disparaît à l’arrêt de la démo ; `mgi demo --keep` la conserve et affiche le `--db` à donner aux autres commandes.
cli-demo-explore = Pour l’explorer : mgi --db { $url } assessment list

## mgi serve

# $addr : l’adresse servie, par exemple 127.0.0.1:8080.
cli-serve-listening = portail : http://{ $addr }/ (profils publiés sous /profiles/<code>/<année>) ; arrêt avec Ctrl-C
cli-cannot-serve = impossible de servir sur { $addr }

## mgi user

cli-user-assessment-format = --assessment s’écrit CODE/ANNÉE, par exemple MNG/2026
# $value : ce qui a été donné ; $year : la partie après la barre oblique.
cli-user-assessment-year = --assessment { $value } : « { $year } » n’est pas une année
cli-password-unreadable = impossible de lire le mot de passe sur l’entrée standard
cli-password-missing = aucun mot de passe : définissez MGI_PASSWORD ou donnez-le sur l’entrée standard
# $user : le nom d’utilisateur ; $role : le nom du rôle (web-role-*).
cli-user-created = utilisateur { $user } créé ({ $role })
# $user : le nom d’utilisateur ; $label : à quoi sert le jeton ; $days (nombre) : sa durée de validité.
cli-token-issued = jeton pour { $user } ({ $label }), valable { $days } jours ; affiché une seule fois :
# $count (nombre) : combien de jetons ont été révoqués.
cli-tokens-revoked =
    { $count ->
        [one] { $count } jeton révoqué
       *[other] { $count } jetons révoqués
    }

## mgi round, mgi diff, mgi aggregate

# $from : le cycle de départ ; $answers, $unanswered : nombres.
cli-round-started = cycle { $jurisdiction } { $year } lancé à partir de { $from } : { $answers } réponses reprises (à vérifier de nouveau), { $unanswered } indicateurs sans réponse
# $indicators : des identifiants d’indicateurs séparés par des virgules.
cli-round-retired = retirés par le cadre : { $indicators }
cli-round-merged = fusionnés à partir de réponses divergentes, mis à « inconnu » : { $indicators }
cli-assessment-migrated = { $jurisdiction } { $year } utilise désormais la version { $version } du cadre : { $answers } réponses, { $unanswered } indicateurs sans réponse
cli-assessment-migrated-added = nouveaux dans cette version : { $indicators }
# $from, $to : les années des deux cycles.
cli-diff-heading = { $jurisdiction } de { $from } à { $to }
# $kind (code) : new, amended ou removed ; $title : le titre de la source ; $key : sa clé dans le
# registre.
cli-diff-source =
    { $kind ->
        [new] nouvelle source : { $title } ({ $key })
        [amended] source modifiée : { $title } ({ $key })
       *[removed] source retirée : { $title } ({ $key })
    }
# $indicator : l’identifiant de l’indicateur ; $from, $to : types de constat (cli-finding-kind).
cli-diff-finding-moved = constat sur { $indicator } : { $from } -> { $to }
# $count (nombre) : les pays ou collectivités comptés.
cli-aggregate-gcm = Objectifs du PMM sur { $count } pays ou collectivité(s) ; réponses par valeur (« sans objet » exclu)

## mgi export data

# $count (nombre) : les évaluations publiées du paquet.
cli-export-data = paquet de données dans { $file } ({ $count } évaluations publiées) :
# $count (nombre) : les lignes d’une table ; le nombre lui-même est affiché avant, aligné.
cli-export-rows =
    { $count ->
        [one] ligne
       *[other] lignes
    }

## mgi backup, mgi restore

# $tool : pg_dump ou pg_restore.
cli-pg-tool-missing = { $tool } introuvable : installez le client PostgreSQL (Debian : postgresql-client)
# $command : la commande lancée.
cli-cannot-run = impossible d’exécuter { $command }
# $command : le programme ; $output : ce qu’il a écrit sur la sortie d’erreur.
cli-command-failed = échec de { $command } : { $output }
cli-backup-exists = { $file } existe déjà : choisissez un nouveau fichier
cli-backup-written = sauvegarde de { $url } écrite dans { $file }
cli-not-a-backup = { $file } n’est pas un fichier de sauvegarde
# $count (nombre) : les évaluations que contient la base.
cli-restore-not-empty = { $url } contient { $count } évaluation(s) : restaurez dans une base vide
cli-restore-target-exists = { $file } existe : restaurez dans un nouveau fichier (donnez à --db un chemin qui n’existe pas)
# $count (nombre) : les évaluations restaurées.
cli-restored = { $file } restauré dans { $url } ({ $count } évaluations)
# A finding only the later round has, or only the earlier: $finding (its key), $kind, $text.
cli-diff-finding-new = nouveau constat { $finding } ({ $kind }) : { $text }
cli-diff-priority = priorité « { $text } » : { $before } → { $after }
cli-diff-finding-retired = constat retiré { $finding } ({ $kind }) : { $text }
# The server's log settings refused: $name (MGI_LOG or RUST_LOG), $value as given, $reason.
cli-log-filter = { $name } : { $value } n’est pas un filtre de journal ({ $reason })
cli-log-format = MGI_LOG_FORMAT : { $value } : « text » ou « json » attendu
