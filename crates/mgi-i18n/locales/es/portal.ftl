# El portal público: la página de inicio, el explorador de indicadores, la comparación, la
# búsqueda, las vistas del PMM y de los ODS, los avances entre dos ciclos y la cabecera del sitio
# en la página de un perfil. Los textos de las evaluaciones (nombres, exposiciones, títulos de las
# fuentes) se muestran tal como se escribieron.

## Página de inicio

portal-home-intro = Los gobiernos solicitan los Indicadores de Gobernanza de la Migración para hacer balance de sus políticas migratorias en seis dominios, detectar las áreas bien desarrolladas y las áreas con potencial de mayor desarrollo, y aprender unos de otros. Los perfiles que aquí figuran fueron validados por los gobiernos correspondientes. No son una clasificación ni una puntuación.
portal-home-domains = Los seis dominios
portal-home-participants = Países y localidades participantes
portal-home-none = Todavía no se ha publicado ningún perfil.
portal-home-search = Buscar en los perfiles publicados
portal-home-figures = Cifras clave
# Después de un número, escrito aparte: lo que cuenta.
portal-home-figure-countries = { $count ->
    [one] país con un perfil publicado
   *[other] países con un perfil publicado
}
portal-home-figure-localities = { $count ->
    [one] localidad con un perfil publicado
   *[other] localidades con un perfil publicado
}
portal-home-figure-rounds = { $count ->
    [one] perfil publicado, todos los ciclos juntos
   *[other] perfiles publicados, todos los ciclos juntos
}
portal-home-recent = Últimas publicaciones
# Después del nombre y el año de un perfil publicado. $date: por ejemplo 28 de noviembre de 2026.
portal-home-published = publicado el { $date }
# Después del nombre de una ciudad o región que tiene su propio perfil.
portal-home-progress = evolución entre rondas
portal-home-local = (nivel local)
portal-reconstruction-notice = Los textos de los indicadores son una reconstrucción de los Indicadores de Gobernanza de la Migración realizada por el proyecto mgi, no la redacción oficial de la OIM.

## Regiones (M49 de las Naciones Unidas)

portal-region = Región
portal-region-all = Todas las regiones
portal-region-africa = África
portal-region-americas = Américas
portal-region-asia = Asia
portal-region-europe = Europa
portal-region-oceania = Oceanía

## Respuestas y conclusiones, tal como las muestran las páginas del portal

# Los valores de la escala de respuestas, en las tablas y después de «Respuesta:».
portal-value-present = existente
portal-value-partial = parcial
portal-value-absent = inexistente
portal-value-not-applicable = no aplicable
portal-value-unknown = desconocido
portal-kind-well-developed = Área bien desarrollada
portal-kind-potential = Área con potencial de mayor desarrollo
portal-answer = Respuesta:
portal-sources = Fuentes:
portal-indicator = Indicador
portal-jurisdiction = País o localidad
portal-round = Ciclo
# Sigue el nombre de un parámetro de la dirección y lo que está mal en él.
# $value: lo que dio la dirección, entre comillas.
portal-error-region = { $value } no es una región M49 de las Naciones Unidas
portal-error-page = { $value } no es un número de página
portal-error-level = { $value }: se espera national o local
portal-error-year = { $value } no es un año

## Explorador de indicadores

portal-explore-title = Explorador de indicadores
portal-explore-intro = Elija un indicador para leer lo que dice de él cada perfil publicado: la respuesta, la exposición, las conclusiones y las leyes y políticas citadas. Los perfiles se muestran por orden alfabético; se trata de aprender unos de otros, no de una clasificación.
# $name: el nombre corto del indicador, en el idioma de la página.
portal-indicator-title = Indicador: { $name }
# $count (número): cuántos países o localidades tienen algo sobre el indicador.
portal-indicator-intro =
    Lo que dice el último perfil publicado de cada país o localidad, por orden alfabético. No es una clasificación. { $count ->
        [one] { $count } perfil.
       *[other] { $count } perfiles.
    }
portal-indicator-none = Todavía ningún perfil publicado responde a este indicador.
# El botón del filtro por región.
portal-show = Mostrar
# $page, $pages (números): esta página y cuántas hay.
portal-pager = Página { $page } de { $pages }.
portal-pager-previous = Anterior
portal-pager-next = Siguiente

## Comparación

portal-compare-intro = Perfiles lado a lado, dominio por dominio, para aprender unos de otros. No es una clasificación: no hay puntuación ni orden según los resultados.
# $max (número): el máximo de perfiles lado a lado.
portal-compare-choose = Elija de 2 a { $max } perfiles publicados
portal-compare-one = Elija al menos dos perfiles para comparar, y como máximo { $max }, cada uno una vez.
portal-compare-problem = Estos perfiles no se pueden comparar
portal-compare-button = Comparar
# $max (número): como arriba; $given (número): cuántos pide la dirección.
portal-compare-too-many = Elija como máximo { $max } perfiles para ver lado a lado ({ $given } elegidos).
# $asked: un código de país o localidad tal como lo da la dirección (MNG, o MNG/2023).
portal-compare-twice = { $asked } está elegido dos veces: elija cada perfil una sola vez, de dos a { $max } en total.
portal-compare-unknown = No hay ningún perfil publicado { $asked }: elija perfiles de la lista de abajo.

## Búsqueda

portal-search-title = Buscar en los perfiles publicados
portal-search-words = Palabras
portal-search-button = Buscar
# $count (número): pasajes encontrados.
portal-search-found =
    { $count ->
        [one] Se encontró { $count } pasaje.
       *[other] Se encontraron { $count } pasajes.
    }
# $count (número): pasajes mostrados, el máximo que devuelve la búsqueda.
portal-search-found-capped = Se encontraron { $count } pasajes (los primeros; precise las palabras para ver otros).
# El tipo de texto del que forma parte un pasaje encontrado.
portal-search-kind-finding = conclusión
portal-search-kind-summary = resumen
portal-search-kind-answer = respuesta
portal-search-kind-source = fuente
# Bajo el formulario de búsqueda: cómo se encuentran las palabras.
portal-search-hint = Cada palabra encuentra también sus otras formas (trabajador, trabajadores), las palabras más largas que empieza (migra encuentra migración) y su ortografía británica o estadounidense (labour, labor).
portal-search-problem = Estas palabras no se pueden buscar
# $max (número): el máximo de caracteres de una búsqueda; $count (número): cuántos se escribieron.
portal-search-too-long = Busque con { $max } caracteres como máximo ({ $count } escritos).

## Pacto Mundial para la Migración (PMM)

portal-gcm-title = Pacto Mundial para la Migración Segura, Ordenada y Regular
portal-gcm-page-title = Objetivos del PMM
portal-gcm-intro-national = Para cada uno de los 23 objetivos del PMM: cuántas respuestas del último ciclo publicado de cada país corresponden a cada valor, en los indicadores vinculados al objetivo. No se cuentan las respuestas «no aplicable».
portal-gcm-intro-local = Para cada uno de los 23 objetivos del PMM: cuántas respuestas del último ciclo publicado de cada localidad corresponden a cada valor, en los indicadores vinculados al objetivo. No se cuentan las respuestas «no aplicable».
# $count (número): países o localidades cuyo último ciclo publicado se cuenta.
portal-gcm-counted = Perfiles contabilizados: { $count }.
portal-not-a-ranking = Proporciones, no puntuaciones; no se clasifica a ningún país ni localidad.
# Antes de elegir entre países y localidades.
portal-view = Vista
portal-level-countries = países
portal-level-localities = localidades
# $number (número): el número del objetivo, de 1 a 23; sigue su título.
portal-gcm-objective = Objetivo { $number }
# Encabezado de la columna de las regiones.
portal-gcm-where = Dónde
# Encabezado de la columna de los totales.
portal-gcm-answers = Respuestas
portal-gcm-by-indicator = Por indicador

## Indicador 10.7.2 de los ODS

portal-sdg-title = Indicador 10.7.2 de los ODS, con carácter indicativo
portal-sdg-page-title = ODS 10.7.2 (indicativo)
# La etiqueta que lleva cada cifra de la página.
portal-sdg-indicative = Indicativo, no es la cifra oficial del indicador 10.7.2 de los ODS
portal-sdg-method = Por dominio: la media de los valores configurados de las subcategorías × 100, y la categoría cuyo umbral alcanza. Un dominio con una subcategoría sin ninguna respuesta que la informe no tiene valor (—).
portal-sdg-none = Todavía no hay ningún perfil publicado.

## Avances entre dos ciclos publicados

portal-progress-title = Avances
# $code: el código del país o la localidad; $years: el ciclo publicado, por ejemplo 2023.
portal-progress-one-round = Solo se ha publicado un ciclo de { $code } ({ $years }); los avances se mostrarán cuando se publique un segundo ciclo.
# Después del nombre del país o la localidad. $from, $to: años, por ejemplo 2019 y 2023.
portal-progress-heading = avances de { $from } a { $to }
portal-progress-rounds = Ciclos publicados
portal-progress-scale = (según la escala de respuestas: inexistente → parcial → existente)
# $count (número): indicadores cuya respuesta no cambió.
portal-progress-unchanged =
    { $count ->
        [one] { $count } indicador sin cambios
       *[other] { $count } indicadores sin cambios
    }
portal-progress-domain = Dominio
portal-progress-change = Cambio
portal-progress-before = Antes
portal-progress-after = Después
portal-progress-new-sources = Nuevas fuentes citadas
portal-progress-note = Nota del equipo
# $indicators: los indicadores del ciclo anterior de los que procede este, separados por comas.
portal-progress-from = procede de { $indicators }
portal-progress-sources = Cambios en las fuentes
portal-progress-source-new = nueva
portal-progress-source-changed = modificada
# $years: años de las modificaciones, separados por comas.
portal-progress-source-amended = modificada en { $years }
portal-progress-source-removed = ya no se cita
portal-progress-no-source-change = Ningún cambio en las fuentes.
portal-progress-findings-moved = Conclusiones que cambiaron de categoría
portal-progress-none = Ninguna.
# Cómo cambió la respuesta a un indicador entre los dos ciclos.
portal-change-new = nuevo
portal-change-strengthened = reforzado
portal-change-unchanged = sin cambios
portal-change-weakened = debilitado
portal-change-retired = retirado

## La cabecera del sitio en la página de un perfil

portal-profile-downloads = Descargas
portal-profile-download = Descargar
portal-profile-data = datos (JSON)
# $revision (número): la revisión de la publicación.
portal-profile-revision = revisión { $revision }
portal-profile-first-publication = Primera publicación
portal-profile-corrections = Correcciones
# $revision (número); $date: el día de su publicación. Sigue la nota pública del cambio.
portal-profile-correction = Revisión { $revision } ({ $date })

portal-gcm-chart = Respuestas por objetivo del Pacto Mundial, todas las regiones
portal-gcm-objective-column = Objetivo
portal-gcm-objective-title = Título
portal-chart-table-below = La tabla bajo cada título da las mismas cifras.
portal-download = Descargar
portal-download-csv = Filas (CSV)
portal-download-json = Filas (JSON)
portal-download-svg = Gráfico (SVG)
portal-download-share = { $value } (%)
portal-error-format = No hay descarga en el formato { $value }: pida csv, json o svg.
portal-sdg-chart = Países o localidades por categoría del ODS 10.7.2, por dominio
portal-sdg-chart-table = La tabla de abajo da la lectura de cada país o localidad.
portal-sdg-no-reading = Sin valor
portal-sdg-value-of = { $domain }: valor
portal-sdg-category-of = { $domain }: categoría
portal-domain = Dominio
portal-compare-no-finding = Ninguna conclusión en este dominio.
portal-compare-findings = Las conclusiones lado a lado
portal-framework-set = Conjunto de indicadores
portal-question = Pregunta
portal-answer-column = Respuesta
portal-narrative = Lo que dice el perfil
portal-findings = Conclusiones
portal-progress-api = La comparación en la API (JSON)
portal-chart-none = ninguna respuesta contada
portal-gcm-description = Cómo se reparten las respuestas de los últimos perfiles publicados en cada objetivo del Pacto Mundial para la Migración, por región y por indicador. No es una clasificación.
portal-sdg-description = Una lectura indicativa del indicador 10.7.2 de los ODS por dominio, a partir del último perfil publicado de cada país o localidad. No es la cifra oficial.
portal-compare-description = De dos a cuatro perfiles publicados lado a lado, dominio por dominio: respuestas y conclusiones. Nunca clasificados.
portal-explore-description = Lo que dice cada perfil publicado sobre cada indicador: respuestas, conclusiones y sus fuentes.
portal-progress-description = Lo que cambió entre dos ciclos publicados de un país o localidad, indicador por indicador.
portal-home-kind = Tipo
portal-home-rounds = Ciclos publicados
portal-home-kind-country = país
portal-home-kind-locality = localidad
portal-search-kind = Tipo de texto
portal-search-about = Tema
portal-search-text = Pasaje
# The explorer's choice of level, and its options.
portal-level = Nivel
portal-level-all = Países y localidades
portal-level-countries-only = Países
portal-level-localities-only = Localidades
# After an answer found by search: a link to every published answer on its indicator.
portal-search-peers = Todas las respuestas publicadas sobre este indicador
# Under "Findings that moved" on the progress page.
portal-progress-findings-moved-hint = Indicadores cuyas conclusiones cambiaron de categoría: figuraban entre las áreas bien desarrolladas en una ronda y entre las áreas con potencial de mayor desarrollo en la otra.
portal-progress-findings-new = Conclusiones nuevas
portal-progress-findings-retired = Conclusiones que ya no figuran en el perfil
# On a profile's page, once its jurisdiction has more than one published round.
portal-profile-rounds = Rondas
portal-profile-progress = Evolución entre rondas
