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

## Pourquoi un fichier n’a pas pu être lu comme un profil
import-error-empty = le fichier est vide
import-error-too-large = le fichier fait { $bytes } octets ; un profil en fait au plus { $max }
import-error-not-utf8 = le fichier n’est pas un texte UTF-8 (octet invalide à la position { $offset }) ; convertissez-le, par exemple avec iconv
import-error-binary = le fichier semble binaire (un octet NUL à la position { $offset }) ; donnez le profil en PDF, en Word (.docx), en texte ou en Markdown
import-error-no-framework = aucun jeu d’indicateurs { $level } pour l’évaluation
import-error-assessment = c’est un document d’évaluation (JSON mgi-assessment), pas un profil ; importez-le avec `mgi assessment import`
import-error-json = c’est un fichier JSON, pas un profil ; donnez le profil en PDF, en Word (.docx), en texte ou en Markdown
import-error-workbook = c’est un classeur (XLSX), pas un profil ; un questionnaire se lit avec `mgi workbook import`
import-error-archive = c’est une archive zip, mais ni un document Word ni un classeur
import-error-not-a-profile = cela ne ressemble pas à un profil IGM : aucune de ses parties (synthèse, contexte, principaux constats, sources principales) ni aucun constat n’a été trouvé
import-error-pdf-damaged = le PDF ne peut pas être lu : sa structure est endommagée
import-error-pdf-encrypted = le PDF est chiffré ; enregistrez-en une copie sans mot de passe, puis importez-la
import-error-pdf-image-only = le PDF n’a pas de couche texte (ses { $pages } page(s) sont des images) : il faut d’abord une reconnaissance de caractères (par exemple ocrmypdf), puis importer le résultat
import-error-pdf-too-many-pages = le PDF a { $pages } pages ; un profil en a au plus { $max }
import-error-pdf-page = page { $page } : son texte ne peut pas être lu (contenu endommagé)
import-error-docx-damaged = le document Word ne peut pas être lu : son archive zip est endommagée
import-error-docx-no-body = l’archive zip n’a pas de corps Word (word/document.xml)
import-error-docx-too-many-entries = le document Word a plus de { $max } parties
import-error-docx-part-too-large = la partie { $part } du document Word dépasse { $max } Mio une fois décompressée
import-error-docx-xml = la partie { $part } du document Word n’est pas du XML bien formé (à l’octet { $position })
