# L’aide de la ligne de commande (`mgi --help`, `mgi <commande> --help`). Les clés découlent de la
# place de chaque texte (crates/mgi-cli/src/help.rs) : help-<sous-commandes> pour une commande,
# puis -<argument> pour un argument et -<valeur> pour l’une de ses valeurs ; la commande de tête
# est help-mgi et ses options help-global-*. Les textes propres à clap sont help-heading-*,
# help-flag-* et help-subcommand-*. Les noms d’options, les codes et les exemples de commandes
# restent tels quels.

-help-jurisdiction = Code ISO3 d’un pays (MNG) ou identifiant d’une collectivité (GHA-accra)
-help-year = Année du cycle
-help-actor = Qui importe (consigné dans le journal d’audit)
-help-runs = Nombre d’exécutions

## Textes propres à clap

# Le titre de la ligne d’utilisation ; le programme ajoute les deux-points (d’où l’espace fine
# insécable finale, comme dans cli.ftl).
help-heading-usage = Utilisation 
help-heading-commands = Commandes 
help-heading-arguments = Arguments 
help-heading-options = Options 
help-flag-help = Affiche l’aide
help-flag-help-more = Affiche l’aide (davantage avec « --help »)
help-flag-help-summary = Affiche l’aide (un résumé avec « -h »)
help-flag-version = Affiche la version
help-subcommand-help = Affiche ce message ou l’aide des sous-commandes indiquées

## mgi

help-mgi = mgi : les Indicateurs de gouvernance des migrations (IGM), du cadre au profil publié
# Chaque exemple garde sa commande telle quelle ; les descriptions commencent à la même colonne.
help-mgi-examples =
    Exemples :
      mgi demo                          le portail sur une base neuve, avec la Mongolie 2023
      mgi serve --addr 0.0.0.0:8080     le portail sur la base configurée
      MGI_PASSWORD=… mgi user add ana --role analyst
      MGI_PASSWORD=… mgi user add gov --role focal-point --jurisdiction MNG
      mgi framework check ./framework   vérifie des fichiers du cadre (problèmes en fichier:ligne)
      mgi framework show --json         l’arborescence du cadre en JSON
      mgi assessment import a.json      enregistre une évaluation (tout ou rien)
      mgi assessment export MNG 2023    une évaluation en document JSON
      mgi check MNG 2023                constats sans indicateur, sources jamais citées
      mgi import profile profile.pdf    un profil publié en projet (JSON)
      mgi import profiles dossier/ --out d  chaque profil d’un dossier, un projet chacun
      mgi render MNG 2023 --format pdf -o mongolia-2023.pdf
      mgi round new MNG 2026 --from 2023   le cycle suivant, éléments repris pour être revérifiés
      mgi diff MNG 2023 2026 --json     l’évolution entre deux cycles
      mgi aggregate gcm --json          les objectifs du PMM sur les derniers cycles publiés
      mgi export data --out open-data   un paquet de données Frictionless de ce qui est publié
      mgi context import wb.csv         données Banque mondiale / DAES de l’ONU dans les cycles en cours
      mgi workbook export MNG 2026 -o q.xlsx; mgi workbook import MNG 2026 q.xlsx
      mgi user token ana --label sync   un jeton d’API (Authorization: Bearer …)
      mgi backup mgi-backup.db          copie cohérente à chaud ; mgi --db NOUVELLE restore FICHIER

    La base de données est un fichier SQLite du dossier de données, sauf si --db (ou
    MGI_DATABASE_URL) donne une URL postgres://.
help-global-db = Base de données : une URL postgres:// ou le chemin d’un fichier SQLite. Par défaut : mgi.db dans le dossier de données
help-global-data-dir = Dossier de la base intégrée et des autres données locales. Par défaut : $XDG_DATA_HOME/mgi, sinon ~/.local/share/mgi
help-global-framework = Utilise les fichiers du cadre de ce dossier au lieu de ceux intégrés à mgi
help-global-config = Fichier de configuration (TOML). Par défaut : mgi.toml dans le dossier de données, s’il existe

## mgi framework

help-framework = Vérifie ou affiche le cadre d’indicateurs
help-framework-check = Charge et vérifie des fichiers du cadre : un résumé d’une ligne et le code de sortie 0, ou chaque problème avec fichier:ligne et le code 1. Sans DIR, vérifie les fichiers intégrés à mgi
help-framework-check-dir = Dossier des fichiers du cadre
help-framework-show = Affiche l’arborescence du cadre : séries, domaines, indicateurs avec leurs correspondances PMM et ODD
help-framework-show-json = JSON lisible par les programmes : {"{"}"frameworks":[{"{"}"id","version","level","domains":[...]{"}"}]{"}"}
help-framework-show-lang = Langue des textes (l’anglais à défaut)

## mgi assessment

help-assessment = Importe, exporte, valide et liste les évaluations
help-assessment-import = Enregistre un document d’évaluation. Tout est vérifié d’abord ; au moindre problème, rien n’est enregistré et chaque problème est affiché avec son chemin JSON
help-assessment-import-file = Le document d’évaluation (JSON)
help-assessment-import-replace = Remplace l’évaluation enregistrée du même pays ou de la même collectivité et de la même année
help-assessment-import-actor = { -help-actor }
help-assessment-export = Affiche une évaluation enregistrée en document JSON (ou l’écrit dans --out)
help-assessment-export-jurisdiction = { -help-jurisdiction }
help-assessment-export-year = { -help-year }
help-assessment-export-out = Écrit le document dans ce fichier au lieu de la sortie standard
help-assessment-validate = Vérifie un document par rapport au cadre sans l’enregistrer
help-assessment-validate-file = Le document d’évaluation (JSON)
help-assessment-list = Liste les évaluations enregistrées
help-assessment-schema = Affiche le schéma JSON du format d’échange
help-assessment-audit = Le journal d’audit d’une évaluation : qui a modifié quoi, quand, ancienne → nouvelle valeur
help-assessment-audit-jurisdiction = { -help-jurisdiction }
help-assessment-audit-year = { -help-year }
help-assessment-migrate = Faire passer un cycle non encore validé à une version plus récente de son ensemble d’indicateurs, au moyen des tables de correspondance : les réponses des indicateurs conservés restent telles quelles, les nouveaux indicateurs sont sans réponse ; l’opération est consignée dans le journal d’audit
help-assessment-migrate-jurisdiction = { -help-jurisdiction }
help-assessment-migrate-year = { -help-year }
help-assessment-migrate-to = La version du cadre à adopter, par exemple 1.1
help-assessment-migrate-actor = { -help-actor }

## mgi render

help-render = Le profil d’une évaluation enregistrée en page web, en Markdown ou en PDF (les projets portent la mention PROJET)
help-render-jurisdiction = { -help-jurisdiction }
help-render-year = { -help-year }
help-render-format = Format du profil
help-render-format-html = Une page HTML autonome et accessible
help-render-format-md = Du Markdown compatible avec Pandoc (pour qui travaille dans Word : `pandoc profile.md -o profile.docx`)
help-render-format-pdf = Un PDF A4 avec table des matières, numéros de page et notes en bas de page
help-render-lang = Langue du profil : en, fr ou es. Les textes de l’évaluation qui n’existent que dans une autre langue sont affichés dans celle-ci, avec une mention
help-render-out = Écrit dans ce fichier au lieu de la sortie standard

## mgi import

help-import = Lit des profils publiés (PDF, Word ou texte) pour en faire des projets d’évaluation
help-import-profile = Lit un profil pour en faire un projet d’évaluation (format d’échange) : constats avec leurs notes de bas de page et indicateurs suggérés, résumés, données de contexte, conventions, sources, consultation. Chaque ligne qui n’a pas pu être placée figure dans le rapport avec son numéro
help-import-profile-file = Le profil : un PDF, un document Word (.docx) ou un texte (sortie de pdftotext, Markdown), reconnus à leur contenu
help-import-profile-jurisdiction = Code ISO3 (MNG) ou identifiant de collectivité (GHA-accra) ; à défaut, la ligne de titre est utilisée
help-import-profile-year = Année du cycle ; à défaut, la ligne de titre (« MONGOLIA | PROFILE 2023 ») est utilisée
help-import-profile-out = Écrit le projet dans ce fichier au lieu de la sortie standard
help-import-profile-report = Écrit le rapport d’analyse (JSON) dans ce fichier ; un résumé va dans tous les cas sur la sortie d’erreur
help-import-profiles = Lit chaque profil de quelques dossiers (avec leurs sous-dossiers) pour en faire des projets, chacun enregistré ou écrit, et affiche un tableau récapitulatif : fichier, pays ou collectivité, année, langue, constats, sources, lignes non placées, avertissements. Un fichier illisible est listé avec sa raison et n’arrête pas les autres ; la commande échoue si un fichier a été refusé
help-import-profiles-paths = Dossiers ou fichiers (PDF, Word, texte)
help-import-profiles-out = Écrit chaque projet dans ce dossier, en FICHIER.json (le nom du fichier du profil suivi de .json)
help-import-profiles-store = Enregistre chaque projet dans la base (un projet d’un pays ou d’une collectivité et d’une année déjà enregistrés est refusé)
help-import-profiles-actor = { -help-actor }
help-import-compare = Importe un profil et compare le projet à une référence établie à la main pour le même profil : constats retrouvés, sources champ par champ, données de contexte, justesse des suggestions
help-import-compare-file = { help-import-profile-file }
help-import-compare-jurisdiction = { help-import-profile-jurisdiction }
help-import-compare-year = { help-import-profile-year }
help-import-compare-reference = Le document d’évaluation de référence (JSON)

## mgi check

help-check = Cohérence des éléments probants d’une évaluation : constats sans indicateur, citations de sources inconnues, sources jamais citées. Code de sortie 1 s’il y a des constats sans indicateur ou des sources inconnues ; les sources jamais citées sont énumérées sans erreur, car les sources principales conservent les ouvrages consultés mais non cités
help-check-jurisdiction = { -help-jurisdiction }
help-check-year = { -help-year }

## mgi demo, mgi serve

help-demo = La démonstration : une base intégrée neuve avec le cadre et l’évaluation de référence, servie comme portail public
help-demo-keep = Garde la base de démonstration dans le dossier de données au lieu d’un dossier temporaire
help-demo-addr = Adresse du portail
help-demo-no-serve = Charge et affiche le résumé, puis s’arrête (pas de portail)
help-serve = Sert l’application web (portail et travail connecté) sur la base de données
help-serve-addr = Adresse d’écoute

## mgi user

help-user = Comptes de l’application web
help-user-add = Crée un compte. Le mot de passe est lu dans MGI_PASSWORD, sinon sur la première ligne de l’entrée standard
help-user-add-username = Le nom d’utilisateur pour se connecter
help-user-add-role = admin, analyst, reviewer, focal-point ou commenter
help-user-add-name = Nom affiché avec les commentaires et dans le journal d’audit (par défaut : le nom d’utilisateur)
help-user-add-jurisdictions = Pour un point focal : un pays ou une collectivité dont il répond (option répétable)
help-user-add-assessment = Pour un participant à la consultation : l’évaluation, sous la forme CODE/ANNÉE (p. ex. MNG/2026)
help-user-list = Tous les comptes avec leur rôle
help-user-token = Délivre un jeton d’API à un compte ; il agit avec le rôle et le périmètre du compte. Le jeton est affiché une seule fois ; seule son empreinte est enregistrée
help-user-token-username = Le compte
help-user-token-label = L’usage du jeton (aussi le nom sous lequel le révoquer)
help-user-token-days = Durée de validité du jeton, en jours
help-user-revoke = Révoque les jetons d’API d’un compte portant un libellé
help-user-revoke-username = Le compte
help-user-revoke-label = Le libellé sous lequel les jetons ont été délivrés

## mgi context

help-context = Données de contexte issues de tableaux téléchargés (stock de migrants du DAES des Nations Unies, envois de fonds de la Banque mondiale)
help-context-import = Lit un CSV du stock de migrants du DAES ou des envois de fonds de la Banque mondiale et enregistre ses données dans le cycle en cours de chaque pays ou collectivité couvert. Un fichier comportant des lignes fautives n’enregistre rien (chaque problème est listé en fichier:ligne), sauf avec --skip-bad
help-context-import-file = Le tableau téléchargé (CSV)
help-context-import-year = Le cycle où enregistrer (par défaut : le dernier cycle de chaque pays ou collectivité)
help-context-import-skip-bad = Enregistre les lignes correctes d’un fichier qui en a de fautives

## mgi export

help-export = Données ouvertes des évaluations publiées (paquet de données Frictionless, CSL-JSON)
help-export-data = Un paquet de données Frictionless de toutes les évaluations publiées (la dernière révision de chacune) : datapackage.json avec un dictionnaire des données champ par champ, et un CSV par table
help-export-data-out = Dossier où écrire le paquet
help-export-csl = Le registre des sources d’une évaluation publiée en CSL-JSON (Zotero et d’autres gestionnaires de références l’importent)
help-export-csl-jurisdiction = { -help-jurisdiction }
help-export-csl-year = { -help-year }

## mgi workbook

help-workbook = Classeurs de questionnaire (XLSX) pour la recherche documentaire : exporter, puis importer le classeur rempli
help-workbook-export = Écrit le classeur de questionnaire d’une évaluation enregistrée : une feuille par domaine, une ligne par indicateur (réponse en liste déroulante, texte, sources, notes), les constats (un par ligne) et le registre des sources
help-workbook-export-jurisdiction = { -help-jurisdiction }
help-workbook-export-year = { -help-year }
help-workbook-export-out = Le fichier du classeur à écrire (XLSX)
help-workbook-export-lang = Langue du classeur (en, fr ou es) : noms des feuilles, en-têtes, libellés des listes déroulantes, instructions et questions des indicateurs. `import` relit chacune d’elles
help-workbook-import = Relit un classeur rempli. Chaque cellule fautive est listée en Feuille!Cellule avec la raison, et rien n’est enregistré tant que tout le classeur n’est pas valide ; un classeur exporté avant la modification de quelqu’un d’autre est refusé
help-workbook-import-jurisdiction = { -help-jurisdiction }
help-workbook-import-year = { -help-year }
help-workbook-import-file = Le classeur rempli (XLSX)
help-workbook-import-actor = { -help-actor }

## mgi round, mgi diff, mgi aggregate

help-round = Cycles de suivi
help-round-new = Lance le cycle suivant d’un pays ou d’une collectivité à partir d’un cycle enregistré : réponses, constats, sources et contexte repris au travers des tables de correspondance du cadre, chaque réponse marquée « reprise » pour être revérifiée
help-round-new-jurisdiction = { -help-jurisdiction }
help-round-new-year = Année du nouveau cycle
help-round-new-from = Le cycle de départ
help-diff = Évolution entre deux cycles enregistrés d’un pays ou d’une collectivité : nouveau, renforcé, inchangé, affaibli ou retiré par indicateur, sources modifiées, constats déplacés
help-diff-jurisdiction = { -help-jurisdiction }
help-diff-year1 = Le cycle antérieur
help-diff-year2 = Le cycle postérieur
help-diff-json = Affiche la comparaison en JSON
help-aggregate = Vues agrégées sur les derniers cycles publiés : gcm ou sdg (indicatif)
help-aggregate-view = La vue à afficher
help-aggregate-view-gcm = Réponses par valeur sur les indicateurs de chaque objectif du PMM, au total et par région
help-aggregate-view-sdg = Lectures indicatives de l’ODD 10.7.2 par pays ou collectivité et par domaine
help-aggregate-local = Les collectivités au lieu des pays
help-aggregate-json = Affiche la vue en JSON

## mgi backup, mgi restore

help-backup = Une copie cohérente de la base de données, prise pendant qu’elle sert (SQLite VACUUM INTO, ou pg_dump)
help-backup-file = Le fichier de sauvegarde à écrire (un nouveau fichier)
help-restore = Restaure une sauvegarde dans une base vide (un nouveau fichier SQLite, ou une base PostgreSQL vide)
help-restore-file = Le fichier de sauvegarde à lire

## mgi bench

help-bench = Bancs d’essai (pas des tests) : affichent un tableau de mesures
help-bench-load = Génère le jeu de données synthétique et le charge en masse dans une base neuve (--db, ou un nouveau fichier SQLite dans un dossier temporaire) ; affiche lignes, secondes, lignes/s et mémoire maximale
help-bench-load-countries = Nombre de pays à générer
help-bench-load-localities = Nombre de collectivités à générer
help-bench-load-rounds = Nombre de cycles par pays ou collectivité
help-bench-load-batch = Évaluations par transaction
help-bench-render = Produit un profil enregistré dans chaque format (dans ce processus), puis la page web par un processus `mgi render` entier, face à pandoc convertissant le même Markdown en HTML
help-bench-render-jurisdiction = { -help-jurisdiction }
help-bench-render-year = { -help-year }
help-bench-render-runs = { -help-runs }
help-bench-portal = Page d’accueil, pages de l’explorateur, cartes, pages de la vue PMM, de la recherche et des ODD sur une base chargée (`--db`, après `bench load` avec le même `--db`) : médiane et p90 par page face aux objectifs
help-bench-portal-runs = { -help-runs }
help-bench-http = De nombreux clients en boucle locale face à un vrai `mgi serve` sur `--db` (après `mgi demo --no-serve` sur celle-ci) pendant une durée fixe : pages du portail, recherche et écritures par l’API dans le cycle en projet de la démonstration. Affiche nombre, débit, médiane, p99 et maximum par type, et la mémoire du serveur avant et après ; code de sortie 1 si une requête a échoué
help-bench-http-clients = Nombre de clients simultanés
help-bench-http-seconds = Durée de l’exécution, en secondes
help-bench-http-json = Affiche le rapport en JSON
help-bench-import = Importe un texte de profil de nombreuses fois dans ce processus ; affiche les temps minimum, médian et p90
help-bench-import-file = { help-import-profile-file }
help-bench-import-jurisdiction = { help-import-profile-jurisdiction }
help-bench-import-year = { help-import-profile-year }
help-bench-import-runs = { -help-runs }

## Erreurs d’utilisation (une ligne de commande que mgi ne sait pas lire)

usage-error-invalid-value = valeur « { $value } » non valide pour { $arg } ; valeurs acceptées : { $valid }
usage-error-value-validation = valeur « { $value } » non valide pour { $arg } : { $reason }
usage-error-unknown-argument = argument inattendu { $arg }
usage-error-unknown-subcommand = commande inconnue « { $name } »
usage-error-suggestion = (vouliez-vous dire { $suggested } ?)
usage-error-missing = il manque : { $arg }
usage-error-conflict = { $arg } ne peut pas être utilisé avec { $other }
usage-error-values = nombre de valeurs incorrect pour { $arg }
usage-error-more = Pour en savoir plus, essayez « --help ».
