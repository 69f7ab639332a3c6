# The portal's maps: the home page's map of the participants and the explorer's map of one
# indicator, in the page and as a file of their own (SVG).

portal-map-download = Download the map (SVG)
portal-map-source = Country outlines: Natural Earth, 1:110m (public domain). Small countries and islands are not drawn at this scale: the lists of the portal name them.
# The tooltip of a country or locality on a map. $name: its name; $what: its category on the map, e.g. "latest round 2023" or "partial".
portal-map-shape = { $name }: { $what }
# A line of a map's legend. $what: the category; $count (number): the countries and localities in it.
portal-map-key = { $what } ({ $count })
# The countries a map does not colour.
portal-map-none = no published profile

## The home page's map

portal-map-home-title = Countries and localities with a published profile
portal-map-home-desc = A world map: each country with a published profile is coloured by the year of its latest round, each locality is a dot. The list of participants by region, below the map, gives the same in words.
# $year: the year of the latest published round, e.g. 2023.
portal-map-latest = latest round { $year }
portal-map-latest-earlier = latest round { $year } or earlier

## The explorer's map of one indicator

# $name: the indicator's short name.
portal-map-answers-title = The answers on “{ $name }”
portal-map-answers-desc = A world map: each country whose latest published profile speaks to this indicator is coloured by its answer, each locality is a dot. The list below the map gives each answer in words.
# $region: a UN region, e.g. Africa.
portal-map-answers-desc-region = A map of { $region }: each country of the region whose latest published profile speaks to this indicator is coloured by its answer, each locality is a dot. The list below the map gives each answer in words.
portal-map-answers-none = no published profile on this indicator
portal-map-answers-none-region = outside { $region }, or no published profile on this indicator
# A profile that speaks to the indicator in its findings but gives no answer on it.
portal-map-not-assessed = not assessed (findings only)
portal-map-only-countries = Only countries are shown.
portal-map-only-localities = Only localities are shown.
# Under a map's legend: $names, the jurisdictions counted in the legend that the map cannot draw.
portal-map-not-drawn = Too small to draw at this scale: { $names }.
