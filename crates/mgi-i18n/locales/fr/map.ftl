# Les cartes du portail : la carte des participants sur la page d’accueil et celle d’un
# indicateur dans l’explorateur, dans la page et comme fichier à part (SVG).

portal-map-download = Télécharger la carte (SVG)
portal-map-source = Contours des pays : Natural Earth, 1:110 000 000 (domaine public). Les petits pays et les îles ne sont pas dessinés à cette échelle : les listes du portail les nomment.
# L’infobulle d’un pays ou d’une collectivité sur une carte. $name : son nom ; $what : sa catégorie sur la carte, par exemple « dernier cycle 2023 » ou « en partie ».
portal-map-shape = { $name } : { $what }
# Une ligne de la légende d’une carte. $what : la catégorie ; $count (nombre) : les pays et collectivités qui en relèvent.
portal-map-key = { $what } ({ $count })
# Les pays qu’une carte ne colore pas.
portal-map-none = aucun profil publié

## La carte de la page d’accueil

portal-map-home-title = Pays et collectivités locales ayant publié un profil
portal-map-home-desc = Une carte du monde : chaque pays ayant publié un profil est coloré selon l’année de son dernier cycle, chaque collectivité locale est un point. La liste des participants par région, sous la carte, dit la même chose en mots.
# $year : l’année du dernier cycle publié, par exemple 2023.
portal-map-latest = dernier cycle { $year }
portal-map-latest-earlier = dernier cycle { $year } ou avant

## La carte d’un indicateur dans l’explorateur

# $name : le nom court de l’indicateur.
portal-map-answers-title = Les réponses sur « { $name } »
portal-map-answers-desc = Une carte du monde : chaque pays dont le dernier profil publié traite de cet indicateur est coloré selon sa réponse, chaque collectivité locale est un point. La liste sous la carte donne chaque réponse en mots.
# $region : une région de l’ONU, par exemple Afrique.
portal-map-answers-desc-region = Une carte de la région { $region } : chaque pays de la région dont le dernier profil publié traite de cet indicateur est coloré selon sa réponse, chaque collectivité locale est un point. La liste sous la carte donne chaque réponse en mots.
portal-map-answers-none = aucun profil publié sur cet indicateur
portal-map-answers-none-region = hors de la région { $region }, ou aucun profil publié sur cet indicateur
# Un profil qui traite de l’indicateur dans ses constats sans y répondre.
portal-map-not-assessed = non évalué (constats seulement)
portal-map-only-countries = Seuls les pays sont représentés.
portal-map-only-localities = Seules les collectivités locales sont représentées.
# Under a map's legend: $names, the jurisdictions counted in the legend that the map cannot draw.
portal-map-not-drawn = Trop petits pour figurer à cette échelle : { $names }.
