# Los mapas del portal: el mapa de los participantes en la página de inicio y el de un
# indicador en el explorador, en la página y como archivo aparte (SVG).

portal-map-download = Descargar el mapa (SVG)
portal-map-source = Contornos de los países: Natural Earth, 1:110 000 000 (dominio público). Los países pequeños y las islas no se dibujan a esta escala: las listas del portal los nombran.
# La información emergente de un país o una localidad en un mapa. $name: su nombre; $what: su categoría en el mapa, por ejemplo «último ciclo 2023» o «parcial».
portal-map-shape = { $name }: { $what }
# Una línea de la leyenda de un mapa. $what: la categoría; $count (número): los países y localidades que la forman.
portal-map-key = { $what } ({ $count })
# Los países que un mapa no colorea.
portal-map-none = ningún perfil publicado

## El mapa de la página de inicio

portal-map-home-title = Países y localidades con un perfil publicado
portal-map-home-desc = Un mapa del mundo: cada país con un perfil publicado está coloreado según el año de su último ciclo, cada localidad es un punto. La lista de participantes por región, bajo el mapa, dice lo mismo con palabras.
# $year: el año del último ciclo publicado, por ejemplo 2023.
portal-map-latest = último ciclo { $year }
portal-map-latest-earlier = último ciclo { $year } o anterior

## El mapa de un indicador en el explorador

# $name: el nombre corto del indicador.
portal-map-answers-title = Las respuestas sobre «{ $name }»
portal-map-answers-desc = Un mapa del mundo: cada país cuyo último perfil publicado trata este indicador está coloreado según su respuesta, cada localidad es un punto. La lista bajo el mapa da cada respuesta con palabras.
# $region: una región de las Naciones Unidas, por ejemplo África.
portal-map-answers-desc-region = Un mapa de la región { $region }: cada país de la región cuyo último perfil publicado trata este indicador está coloreado según su respuesta, cada localidad es un punto. La lista bajo el mapa da cada respuesta con palabras.
portal-map-answers-none = ningún perfil publicado sobre este indicador
portal-map-answers-none-region = fuera de la región { $region }, o ningún perfil publicado sobre este indicador
# Un perfil que trata el indicador en sus conclusiones sin responderlo.
portal-map-not-assessed = no evaluado (solo conclusiones)
portal-map-only-countries = Solo se muestran los países.
portal-map-only-localities = Solo se muestran las localidades.
# Under a map's legend: $names, the jurisdictions counted in the legend that the map cannot draw.
portal-map-not-drawn = Demasiado pequeños para dibujarse a esta escala: { $names }.
