# Por qué no se puede aceptar un valor de una evaluación, o de un formulario que la modifica. Cada
# mensaje sigue al campo o a la ruta JSON a la que se refiere («title: no debe estar vacío»), por
# lo que empieza en minúscula. Las claves, los códigos, los identificadores y los valores se citan
# tal como se dieron; $set nombra una serie del marco con su versión (mgi-national v1); los años se
# escriben tal cual.

problem-empty = no debe estar vacío
problem-empty-key = clave vacía
problem-key = use de 1 a { $max } letras minúsculas, cifras y «-»
problem-control = contiene un salto de línea u otro carácter de control; escríbalo en una línea
problem-web-address = indique una dirección que empiece por http:// o https://, o un DOI (doi:10.…)
problem-citations = { $count } citas; como máximo { $max }
# $value: la clave o el identificador usado dos veces.
problem-duplicate = «{ $value }» aparece dos veces
problem-not-finite = no es un número finito
# $expected: el formato que lee mgi; $found: el del documento.
problem-format = se esperaba el formato «{ $expected }», pero el documento indica «{ $found }»
# $from, $to: el primer y el último año plausibles.
problem-year = { $year } no es un año de ciclo plausible (de { $from } a { $to })
problem-not-year = «{ $given }» no es un año (cuatro cifras, p. ej. 2023)
problem-unknown-framework = marco desconocido: { $set }, versión { $version }
# $kind (código: country, locality): el tipo de país o localidad; $needed, $level (códigos: national,
# local, both): el nivel con el que se evalúa ese tipo, y el de la serie $set.
problem-level =
    { $kind ->
        [country] un país
       *[other] una localidad
    } se evalúa con una serie { $needed ->
        [national] nacional
       *[other] local
    }, no con { $set } ({ $level ->
        [national] nacional
        [local] local
       *[other] nacional y local
    })
problem-country-code = «{ $code }» no es un código ISO 3166-1 alfa-3 (tres letras mayúsculas, por ejemplo MNG)
problem-locality-code = «{ $code }» no es un identificador de localidad (código ISO3 del país, un guion y un nombre corto en minúsculas, por ejemplo GHA-accra)
# $regions: las regiones M49 de la ONU (en inglés), separadas por comas.
problem-region = «{ $region }» no es una región M49 de la ONU ({ $regions })
# $country: el nombre del país; $region: su región M49; $given: la región que indica el documento.
problem-wrong-region = { $country } está en la región { $region } (M49 de la ONU), no en { $given }
problem-unknown-domain = dominio desconocido «{ $domain }» en { $set }
problem-unknown-indicator-in-set = indicador desconocido «{ $id }» en { $set }
# Un indicador que no está en ninguna serie del marco.
problem-unknown-indicator = indicador desconocido «{ $id }»
problem-unknown-source = fuente desconocida «{ $key }»
problem-unknown-finding = conclusión desconocida «{ $key }»
problem-no-wording = una prioridad necesita su propio texto o el de una recomendación de una consulta de este ciclo
problem-unknown-recommendation = ninguna consulta de este ciclo tiene la recomendación { $number } de «{ $consultation }»
problem-set-after-round = una prioridad del ciclo { $year } procedente de un ciclo anterior no puede haberse fijado en { $since }
# $key: la fuente indicada a la vez como la que se retira y la que se conserva.
problem-merge-into-itself = «{ $key }» no puede fusionarse consigo misma; elija otra fuente
problem-unknown-jurisdiction = país o localidad desconocido «{ $code }»
problem-year-not-ratified = se indica un año de ratificación, pero la convención no está ratificada
# $start, $end: fechas, escritas completas.
problem-ends-before-start = termina (el { $end }) antes de empezar (el { $start })
problem-amended-before-issued = modificación en { $amended }, anterior a la publicación ({ $issued })
# $languages: los códigos de idioma de mgi, separados por comas.
problem-not-language = «{ $code }» no es un código de idioma de mgi ({ $languages })
# $lang: un código de idioma.
problem-not-translation = la evaluación está redactada en «{ $lang }»: esto no es una traducción
# $target: lo que una traducción indica como el texto que traduce.
problem-not-text-ref = «{ $target }» no es un texto de una evaluación (por ejemplo finding/CLAVE, summary/DOMINIO, answer/INDICADOR, jurisdiction/name)
problem-no-such-text = la evaluación no tiene ningún texto «{ $target }» que traducir
problem-second-translation = una segunda traducción de «{ $target }» al idioma «{ $lang }»
# $chars: la longitud del texto; $max: el número de caracteres permitido.
problem-too-long = { $chars } caracteres; como máximo { $max }
problem-nul = contiene un carácter NUL (U+0000), que no se puede guardar; elimínelo
problem-username = use de 1 a 64 letras, cifras, «.», «-», «_» o «@»
problem-password = debe tener al menos { $min } caracteres
problem-focal-point = un punto focal responde de al menos un país o localidad
problem-commenter = un participante en la consulta está invitado a una sola evaluación
problem-name = indique su nombre (como máximo { $max } caracteres)
problem-token-label = una etiqueta de 1 a { $max } caracteres indica para qué sirve el token
problem-token-days = { $days }: un token es válido de 1 a { $max } días
problem-link-days = un enlace es válido de 1 a { $max } días
# $previous, $new: los años del ciclo anterior y del nuevo.
problem-year-not-after = el año del nuevo ciclo ({ $new }) debe ser posterior a { $previous }
problem-unknown-set = serie del marco desconocida: { $set }
# $from, $to: series del marco con su versión.
problem-sets-backwards = no se puede comparar { $from } con la serie más antigua { $to }
problem-no-crosswalk = no hay tabla de correspondencia de { $from } a { $to }: añada crosswalks/*.yaml para cada cambio de versión
problem-same-version = el ciclo ya utiliza { $set }
# $earlier, $later: códigos de país o localidad.
problem-other-jurisdiction = { $earlier } y { $later } no son el mismo país o localidad
# $earlier, $later: los años de los dos ciclos comparados.
problem-round-order = el ciclo anterior ({ $earlier }) debe preceder al posterior ({ $later })
