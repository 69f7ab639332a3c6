# Pourquoi une valeur d’une évaluation, ou d’un formulaire qui la modifie, ne peut pas être
# acceptée. Chaque message suit le champ ou le chemin JSON qu’il concerne (« title : ne doit pas
# être vide ») : il commence par une minuscule. Les clés, codes, identifiants et valeurs sont cités
# tels quels ; $set nomme une série du cadre avec sa version (mgi-national v1) ; les années sont
# écrites telles quelles.

problem-empty = ne doit pas être vide
problem-empty-key = clé vide
problem-key = n’utilisez que des lettres minuscules, des chiffres et « - » (de 1 à { $max })
problem-control = contient un saut de ligne ou un autre caractère de contrôle ; écrivez-le sur une ligne
problem-web-address = donnez une adresse commençant par http:// ou https://, ou un DOI (doi:10.…)
problem-citations = { $count } citations ; au plus { $max }
# $value : la clé ou l’identifiant utilisé deux fois.
problem-duplicate = « { $value } » apparaît deux fois
problem-not-finite = n’est pas un nombre fini
# $expected : le format que lit mgi ; $found : celui du document.
problem-format = le format attendu est « { $expected } », le document indique « { $found } »
# $from, $to : la première et la dernière année plausibles.
problem-year = { $year } n’est pas une année de cycle plausible (de { $from } à { $to })
problem-not-year = « { $given } » n’est pas une année (quatre chiffres, par exemple 2023)
problem-unknown-framework = cadre inconnu : { $set }, version { $version }
# $kind (code : country, locality) : le type de territoire ; $needed, $level (codes : national,
# local, both) : le niveau auquel ce type s’évalue, et celui de la série $set.
problem-level =
    { $kind ->
        [country] un pays
       *[other] une collectivité
    } s’évalue avec une série { $needed ->
        [national] nationale
       *[other] locale
    }, pas avec { $set } ({ $level ->
        [national] nationale
        [local] locale
       *[other] nationale et locale
    })
problem-country-code = « { $code } » n’est pas un code ISO 3166-1 alpha-3 (trois lettres majuscules, par exemple MNG)
problem-locality-code = « { $code } » n’est pas un identifiant de collectivité (code ISO3 du pays, un tiret, un nom court en minuscules, par exemple GHA-accra)
# $regions : les régions M49 de l’ONU (en anglais), séparées par des virgules.
problem-region = « { $region } » n’est pas une région M49 de l’ONU ({ $regions })
# $country : le nom du pays ; $region : sa région M49 ; $given : la région qu’indique le document.
problem-wrong-region = { $country } est dans la région { $region } (M49 de l’ONU), pas { $given }
problem-unknown-domain = domaine inconnu « { $domain } » dans { $set }
problem-unknown-indicator-in-set = indicateur inconnu « { $id } » dans { $set }
# Un indicateur qu’aucune série du cadre ne contient.
problem-unknown-indicator = indicateur inconnu « { $id } »
problem-unknown-source = source inconnue « { $key } »
problem-unknown-finding = constat inconnu « { $key } »
problem-no-wording = une priorité doit avoir son propre libellé ou reprendre celui d’une recommandation d’une consultation de ce cycle
problem-unknown-recommendation = aucune consultation de ce cycle n’a de recommandation { $number } dans « { $consultation } »
problem-set-after-round = une priorité du cycle { $year } reprise d’un cycle antérieur ne peut pas avoir été fixée en { $since }
# $key : la source nommée à la fois comme celle à retirer et celle à garder.
problem-merge-into-itself = « { $key } » ne peut pas être fusionnée avec elle-même ; choisissez une autre source
problem-unknown-jurisdiction = pays ou collectivité inconnu « { $code } »
problem-year-not-ratified = une année de ratification est indiquée, mais la convention n’est pas ratifiée
# $start, $end : des dates, écrites en entier.
problem-ends-before-start = se termine (le { $end }) avant de commencer (le { $start })
problem-amended-before-issued = modification en { $amended }, antérieure à la publication ({ $issued })
# $languages : les codes de langue de mgi, séparés par des virgules.
problem-not-language = « { $code } » n’est pas un code de langue de mgi ({ $languages })
# $lang : un code de langue.
problem-not-translation = l’évaluation est rédigée en « { $lang } » : ce n’est pas une traduction
# $target : ce qu’une traduction désigne comme le texte qu’elle traduit.
problem-not-text-ref = « { $target } » n’est pas un texte d’une évaluation (par exemple finding/CLÉ, summary/DOMAINE, answer/INDICATEUR, jurisdiction/name)
problem-no-such-text = l’évaluation n’a pas de texte « { $target } » à traduire
problem-second-translation = deuxième traduction de « { $target } » en « { $lang } »
# $chars : la longueur du texte ; $max : le nombre de caractères admis.
problem-too-long = { $chars } caractères ; { $max } au plus
problem-nul = contient un caractère NUL (U+0000), qui ne peut pas être enregistré ; supprimez-le
problem-username = utilisez de 1 à 64 lettres, chiffres, « . », « - », « _ » ou « @ »
problem-password = doit compter au moins { $min } caractères
problem-focal-point = un point focal répond d’au moins un pays ou une collectivité
problem-commenter = un participant à la consultation est invité à une seule évaluation
problem-name = indiquez votre nom ({ $max } caractères au plus)
problem-token-label = un libellé de 1 à { $max } caractères indique à quoi sert le jeton
problem-token-days = { $days } : un jeton est valable de 1 à { $max } jours
problem-link-days = un lien est valable de 1 à { $max } jours
# $previous, $new : les années du cycle précédent et du nouveau.
problem-year-not-after = l’année du nouveau cycle ({ $new }) doit être postérieure à { $previous }
problem-unknown-set = série du cadre inconnue : { $set }
# $from, $to : des séries du cadre avec leur version.
problem-sets-backwards = impossible de comparer { $from } avec la série plus ancienne { $to }
problem-no-crosswalk = aucune table de correspondance de { $from } à { $to } : ajoutez crosswalks/*.yaml pour chaque changement de version
problem-same-version = le cycle utilise déjà { $set }
# $earlier, $later : des codes de pays ou de collectivité.
problem-other-jurisdiction = { $earlier } et { $later } ne désignent pas le même pays ou la même collectivité
# $earlier, $later : les années des deux cycles comparés.
problem-round-order = le cycle antérieur ({ $earlier }) doit précéder le cycle postérieur ({ $later })
