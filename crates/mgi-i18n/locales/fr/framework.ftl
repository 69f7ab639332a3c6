# Ce qui ne va pas dans les fichiers du cadre (framework/*.yaml), tel que `mgi framework check`
# le liste après « fichier:ligne: ». Chaque message commence par une minuscule. Les identifiants,
# codes, clés YAML et noms de fichier sont cités tels qu’écrits dans les fichiers ; $set nomme une
# série du cadre, $version sa version.

# L’en-tête des problèmes d’un cadre refusé, un par ligne en dessous.
framework-problems =
    { $count ->
        [one] { $count } problème dans les fichiers du cadre :
       *[other] { $count } problèmes dans les fichiers du cadre :
    }

## Lecture des fichiers

# $reason : ce qu’a répondu le système d’exploitation (dans ses propres termes).
framework-cannot-read-folder = impossible de lire le dossier : { $reason }
framework-cannot-read-file = impossible de lire le fichier : { $reason }
# $offset : l’octet où le texte cesse d’être de l’UTF-8.
framework-not-utf8 = ce n’est pas du texte UTF-8 (octet non valide à la position { $offset })
framework-no-files = aucun fichier du cadre (*.yaml) dans ce dossier
framework-unknown-file = fichier du cadre inconnu : gcm.yaml, sdg-10-7-2.yaml, indicators/, sets/, crosswalks/ ou coverage/ sont attendus
# $detail : le message du lecteur YAML, en anglais : une erreur de syntaxe, ou un fichier qui n’a
# pas la forme attendue (un champ inconnu ou manquant, une valeur du mauvais type).
framework-invalid-yaml = YAML non valide : { $detail }
framework-missing-gcm = fichier manquant : le fichier des objectifs du PMM est obligatoire
framework-missing-sdg = fichier manquant : la configuration de l’ODD 10.7.2 est obligatoire
framework-no-set = aucune série du cadre : il faut au moins un fichier sets/*.yaml

## Textes en plusieurs langues

# $field : le champ (framework-field-*, avec son article) ; $problem : ce qui ne va pas dans
# l’une de ses entrées (framework-text-*).
framework-text = dans { $field } : { $problem }
framework-no-english = { $field } n’a pas de texte en anglais (en)
# Les champs, avec leur article. $id : un identifiant ou un numéro tel qu’écrit dans le fichier ;
# $kind : le type d’une modification d’une table de correspondance tel qu’écrit (moved, split,
# merged, added, retired).
framework-field-notice = l’avertissement
framework-field-title = le titre
framework-field-objective-short = le nom court de l’objectif { $id } du PMM
framework-field-objective-title = le titre de l’objectif { $id } du PMM
framework-field-category-label = le libellé de la catégorie { $id }
framework-field-domain-name = le nom du domaine { $id }
framework-field-domain-principle = le principe du domaine { $id }
framework-field-subcategory-label = le libellé de la sous-catégorie { $id }
framework-field-subarea-name = le nom du sous-domaine { $id }
framework-field-name = le nom de l’indicateur { $id }
framework-field-question = la question de l’indicateur { $id }
framework-field-guidance = la note d’orientation de l’indicateur { $id }
framework-field-change-note = la note de la modification « { $kind } »
# Ce qui ne va pas dans une entrée d’un texte. $code, $lang : des codes de langue tels qu’écrits ;
# $languages : les codes que connaît mgi, séparés par des virgules ; $value : un statut tel
# qu’écrit. « status » est la clé YAML.
framework-text-unknown-language = code de langue inconnu « { $code } » (codes admis : { $languages })
framework-text-status-unknown-language = status : code de langue inconnu « { $code } » (codes admis : { $languages })
framework-text-unknown-status = status : statut de traduction inconnu « { $value } » pour { $lang } (valeurs admises : draft, reviewed, official)
framework-text-status-without-text = status : { $lang } a un statut mais pas de texte en { $lang }
framework-text-status-for-source = status : en est le texte source et ne prend pas de statut de traduction
framework-text-empty = le texte en { $lang } est vide
framework-text-duplicate = { $lang } figure deux fois
framework-text-duplicate-status = status : { $lang } figure deux fois

## Objectifs du PMM et configuration de l’ODD 10.7.2

# $number : le numéro d’un objectif du PMM.
framework-duplicate-objective = l’objectif { $number } du PMM figure deux fois
# $answer : une clé de answer_values telle qu’écrite.
framework-unknown-answer = answer_values : réponse inconnue « { $answer } » (present, partial, absent)
framework-duplicate-subcategory = la sous-catégorie « { $id } » figure deux fois
# $number : le numéro d’un domaine de l’ODD 10.7.2.
framework-unknown-sdg-domain = domaine de l’ODD inconnu : { $number }

## Le catalogue des indicateurs

framework-id-not-kebab = l’identifiant d’indicateur « { $id } » doit être en minuscules, les mots reliés par des tirets (kebab-case)
# $file, $line : là où l’indicateur est défini pour la première fois.
framework-duplicate-indicator = l’identifiant d’indicateur « { $id } » figure deux fois (première fois en { $file }:{ $line })
framework-no-gcm-mapping = l’indicateur { $id } n’est rattaché à aucun objectif du PMM
framework-unknown-objective = indicateur { $id } : objectif du PMM inconnu : { $number }
# $subcategory : une sous-catégorie de l’ODD 10.7.2 telle qu’écrite.
framework-unknown-subcategory = indicateur { $id } : sous-catégorie de l’ODD 10.7.2 inconnue « { $subcategory } »

## Séries du cadre

framework-set-level-both = le niveau d’une série est national ou local, pas les deux
framework-duplicate-set = la série { $set } version { $version } figure deux fois
framework-duplicate-domain-id = l’identifiant de domaine « { $id } » figure deux fois
framework-duplicate-domain-number = le numéro de domaine { $number } figure deux fois
framework-duplicate-subarea-id = l’identifiant de sous-domaine « { $id } » figure deux fois
framework-unknown-indicator = indicateur inconnu « { $id } »
# $level (code : national, local, both) : le niveau de l’indicateur ; $set_level (national,
# local) : celui de la série.
framework-wrong-level =
    l’indicateur { $id } est de niveau { $level ->
        [national] national
        [local] local
       *[other] national et local
    } et ne peut pas figurer dans une série { $set_level ->
        [national] nationale
       *[other] locale
    }
# $line : la ligne où l’indicateur est placé la première fois.
framework-placed-twice = l’indicateur { $id } est placé deux fois (aussi à la ligne { $line })
framework-not-placed = l’indicateur { $id } n’est placé dans aucune série
# $other : l’indicateur placé plus haut dans la série sous le même nom ; $lang : le code de la
# langue des noms (en, fr, es…) ; $name : le nom tel qu’écrit.
framework-duplicate-name = l’indicateur { $id } porte le même nom en { $lang } que { $other } dans cette série, « { $name } » : chaque indicateur d’une série doit avoir un nom qui lui est propre

## Tables de correspondance

framework-unknown-set = série inconnue : { $set } version { $version }
# $kind : le type de la modification tel qu’écrit (moved, added, retired ; split, merged).
framework-change-needs-id = une modification « { $kind } » doit indiquer un `id`
framework-change-needs-lists = une modification « { $kind } » doit indiquer les listes `from` et `to`
# $set : une série du cadre avec sa version (mgi-national v2).
framework-not-in-set = { $id } n’est pas un indicateur de { $set }
framework-disappears = { $id } disparaît dans { $set } mais n’est ni retiré (retired), ni scindé (split), ni fusionné (merged)
framework-new-unexplained = { $id } est nouveau dans { $set } mais n’est ni ajouté (added), ni le résultat d’une scission (split) ou d’une fusion (merged)
