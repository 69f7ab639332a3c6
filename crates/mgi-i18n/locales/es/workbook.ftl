# El libro de cuestionario (XLSX): nombres de las hojas, encabezados de las columnas, listas
# desplegables y hoja «Acerca de»; los motivos por los que se rechaza una celda de un libro
# rellenado; lo que muestra `mgi workbook`. Las etiquetas de las listas no llevan comas (Excel
# corta sus listas en las comas) y ninguna es igual al código de otro valor de su lista (los
# códigos también se aceptan).

## Nombres de las hojas (31 caracteres como máximo, ninguno de [ ] : * ? / \)

workbook-sheet-about = Acerca de
workbook-sheet-sources = Fuentes
workbook-sheet-findings = Conclusiones
# $domain: el identificador del dominio en el marco; $number: su número.
workbook-sheet-domain =
    { $domain ->
        [rights] Derechos
        [government] Gobierno
        [partnerships] Alianzas
        [wellbeing] Bienestar
        [crises] Crisis
        [safe-migration] Migración segura
       *[other] Dominio { $number }
    }

## El bloque de identidad de la hoja «Acerca de» (etiquetas de la columna A)

workbook-id-jurisdiction = Código del país o localidad
workbook-id-year = Año del ciclo
workbook-id-set = Serie del marco
workbook-id-version = Versión del marco
workbook-id-fingerprint = Huella del contenido
workbook-id-language = Idioma del libro
workbook-id-layout = Versión del formato del libro

## Encabezados de las hojas de dominio, y lo que contiene cada columna

workbook-col-indicator = ID del indicador
workbook-col-name = Indicador
workbook-col-subarea = Subárea
workbook-col-question = Pregunta
workbook-col-answer = Respuesta
workbook-col-narrative = Exposición
workbook-col-confidence = Confianza
workbook-col-status = Estado
workbook-col-notes = Notas de investigación
workbook-help-indicator = El identificador del indicador: la clave de la fila. No lo cambie.
workbook-help-name = El nombre corto del indicador (para leer; los cambios se ignoran).
workbook-help-subarea = La subárea del dominio (para leer; los cambios se ignoran).
workbook-help-question = La pregunta del indicador (para leer; los cambios se ignoran).
workbook-col-criteria = Criterios de respuesta
workbook-help-criteria = Cuándo la respuesta es existente, parcial o inexistente, según las indicaciones del indicador (para leer; los cambios se ignoran).
workbook-help-answer = Una de las respuestas enumeradas más abajo (lista desplegable).
workbook-help-narrative = Lo que muestran los datos reunidos, en frases completas (se publica).
# $choices: los grados de confianza, separados por comas.
workbook-help-confidence = Cuán segura es la respuesta: { $choices } (o vacío).
workbook-help-status = En qué punto está la respuesta (lista desplegable); vacío significa borrador.
workbook-help-notes = Notas de investigación privadas: nunca se publican.
# $number: el número del par de columnas (1, 2, …), o N en la hoja Acerca de.
workbook-col-citation-source = Fuente { $number }
workbook-col-pinpoint = Referencia { $number }
workbook-help-citation-source = Una fuente citada, elegida en la lista desplegable de la hoja «{ workbook-sheet-sources }» («clave — título (año)»); una fuente añadida en esa hoja se ofrece enseguida. Una fuente por par de columnas; deje vacías las demás.
workbook-help-pinpoint = El lugar preciso de la fuente de al lado (por ejemplo Artículo 9.1, p. 12); opcional.

## Encabezados de la hoja de fuentes, y lo que contiene cada columna

workbook-col-key = Clave
workbook-col-issuer = Emisor
workbook-col-title = Título
workbook-col-year = Año
workbook-col-kind = Tipo
workbook-col-amended = Modificada (años)
workbook-col-url = Dirección URL
workbook-col-online = En línea
workbook-col-language = Idioma
workbook-col-note = Nota
workbook-help-key = La clave de la fuente, al principio de las listas desplegables de las columnas Fuente de las hojas de dominio y de la hoja «{ workbook-sheet-findings }»: letras minúsculas, cifras y «-», única. Una clave nueva es una fuente nueva.
workbook-help-issuer = Quién la emitió (obligatorio).
workbook-help-title = El título (obligatorio).
workbook-help-year = Año de emisión; vacío si no tiene fecha.
workbook-help-kind = Uno de los tipos de fuente enumerados más abajo (lista desplegable).
workbook-help-amended = Años de las modificaciones, de la más antigua a la más reciente, separados por «,» (por ejemplo 2015, 2021).
workbook-help-url = Dónde puede leerse en línea, si es el caso.
# $yes, $no: los dos valores de la lista.
workbook-help-online = { $yes } o { $no }: si está disponible en línea; vacío significa { $yes }.
workbook-help-language = Código de idioma de la fuente (BCP 47, por ejemplo mn, en).
workbook-help-note = Lo que la bibliografía añade tras el título (lugar, fecha, tipo de informe).
workbook-col-source-label = En las listas de citas
workbook-help-source-label = Cómo las columnas Fuente ofrecen esta fuente: clave — título (año). Calculado a partir de la fila (bloqueado, no se lee).

## Encabezados de las columnas de la hoja de conclusiones, y lo que contiene cada columna

workbook-col-domain = Dominio
workbook-col-finding-kind = Tipo de conclusión
workbook-col-text = Texto
workbook-col-indicators = Indicadores
workbook-col-footnotes = Notas al pie
workbook-col-version = Versión
workbook-help-finding-key = La clave de la conclusión, escrita por la exportación: identifica la conclusión de la fila. Bloqueada; una fila nueva no la tiene.
workbook-help-domain = El dominio, por el nombre de su hoja (lista desplegable). Una conclusión nueva lo necesita; una conclusión no puede cambiar de dominio.
# $choices: los tipos de conclusión, separados por comas.
workbook-help-finding-kind = { $choices } (lista desplegable).
workbook-help-text = El párrafo de la conclusión, tal como lo imprime el perfil (Markdown; se publica).
workbook-help-indicators = Los indicadores a los que se refiere la conclusión, uno por línea, el principal primero: por ID (como en la columna «{ workbook-col-indicator }» de las hojas de dominio) o por nombre.
workbook-help-footnotes = Las notas al pie de la conclusión, una por línea, en orden.
workbook-help-version = La versión de la conclusión al exportar el libro, escrita por la exportación. Bloqueada: se rechaza una fila modificada después de que otra persona guardara su conclusión.

## Listas desplegables: la etiqueta de cada código (sin comas) y lo que significa

workbook-answer-meaning =
    { $value ->
        [present] Lo que pide el indicador existe en la ley o en la práctica.
        [partial] Existe solo en parte: para algunos grupos, en algunos lugares, o en la ley pero no en la práctica.
        [absent] No existe.
        [not-applicable] La pregunta no se aplica a este país o localidad.
       *[unknown] Investigado, pero los datos encontrados no permiten decidir.
    }
workbook-confidence-meaning =
    { $value ->
        [low] Datos indirectos o antiguos; la respuesta puede cambiar.
        [medium] Buenos datos, con lagunas.
       *[high] Fuentes primarias lo deciden (la ley, datos oficiales).
    }
workbook-status-meaning =
    { $value ->
        [not-started] Todavía sin trabajar.
        [draft] En redacción.
        [complete] Redactada, a la espera de revisión.
        [reviewed] Comprobada por un revisor.
       *[carried-over] Copiada de un ciclo anterior y aún no comprobada de nuevo.
    }
workbook-kind-meaning =
    { $value ->
        [law] Una ley, un código o una constitución.
        [regulation] Un decreto, una resolución, una norma o un procedimiento en aplicación de una ley.
        [policy] Una política, una estrategia, un plan o un programa.
        [agreement] Un acuerdo o convenio bilateral o multilateral.
        [report] Un informe, un estudio o una evaluación.
        [data] Una tabla estadística o un conjunto de datos.
        [web] Una página web.
       *[other] Cualquier otra cosa.
    }
workbook-finding-kind-meaning =
    { $value ->
        [well-developed] Un área en la que las políticas del país o localidad están bien desarrolladas.
       *[potential] Un área con potencial de mayor desarrollo.
    }
# $value: sí o no, si una fuente está en línea.
workbook-online =
    { $value ->
        [no] no
       *[yes] sí
    }
workbook-online-meaning =
    { $value ->
        [no] Solo en papel, en un archivo o a petición.
       *[yes] Disponible en línea (indique su dirección cuando la haya).
    }
# $list: la lista (answer, confidence, status, finding-kind, kind, online); lo que es uno de sus valores.
workbook-list-what =
    { $list ->
        [answer] una respuesta
        [confidence] un valor de confianza
        [status] un estado
        [finding-kind] un tipo de conclusión
        [kind] un tipo de fuente
       *[online] sí o no
    }
# $list: como arriba; el título de la lista en la hoja «Acerca de».
workbook-list-heading =
    { $list ->
        [answer] Respuestas
        [confidence] Confianza
        [status] Estados
        [finding-kind] Tipos de conclusión
        [kind] Tipos de fuente
       *[online] En línea
    }
# Lo muestra la hoja de cálculo cuando un valor escrito no está en la lista (título: 32
# caracteres como máximo). $choices: los valores, separados por comas.
workbook-list-error-title = Valor fuera de la lista
workbook-list-error = Use uno de estos valores: { $choices }.
workbook-year-error-title = Año no válido
# $from, $to: el primer y el último año admitidos.
workbook-year-error = Un año es un número entero de { $from } a { $to }.
# Lo muestra la hoja de cálculo cuando una celda de fuente no contiene ninguna fuente del
# registro (título: 32 caracteres como máximo).
workbook-source-error-title = Fuente fuera del registro
workbook-source-error = Elija una fuente de la lista. Para citar una fuente nueva, añádala primero en la hoja «{ workbook-sheet-sources }».

## La hoja «Acerca de»

# $jurisdiction: el nombre del país o localidad; $year: el año del ciclo.
workbook-title = Cuestionario IGM: { $jurisdiction } { $year }
workbook-about-jurisdiction = País o localidad
workbook-about-framework = Marco
workbook-about-stage = Etapa al exportar
workbook-about-how = Cómo rellenar el libro
workbook-about-where-label = Dónde escribir
# $columns: los encabezados de las columnas que se rellenan, separados por comas.
workbook-about-where = En cada hoja de dominio, rellene las columnas blancas: { $columns }. Las columnas grises están bloqueadas: el ID del indicador es la clave de la fila; el nombre, la subárea, la pregunta y los criterios de respuesta son para leer.
workbook-about-rows-label = Filas
workbook-about-rows = Cada indicador tiene una fila y se encuentra por su ID, no por su lugar. Una fila sin respuesta queda sin respuesta. Una respuesta ya dada no puede retirarse aquí: elija «{ $unknown }». No añada ni borre filas o columnas en las hojas de dominio; las hojas añadidas se ignoran.
workbook-about-sources-label = Hoja «{ workbook-sheet-sources }»
workbook-about-sources = El registro de fuentes. Una fila con una clave nueva añade una fuente; modificar una fila actualiza la fuente; borrar una fila no borra la fuente. Cite una fuente eligiéndola en una columna Fuente de las hojas de dominio o de la hoja «{ workbook-sheet-findings }», y su referencia precisa en la columna Referencia de al lado.
workbook-about-findings-label = Hoja «{ workbook-sheet-findings }»
workbook-about-findings = Las conclusiones clave del perfil, una por fila. Modificar una fila guarda su conclusión; una fila sin clave, con un dominio, un tipo y un texto, añade una conclusión a su dominio; borrar una fila no borra la conclusión. Elimine las conclusiones, cambie su orden y revise los indicadores sugeridos en sus páginas.
workbook-about-import-label = Importación
workbook-about-import = El libro se importa entero o no se importa: cada problema se indica con su hoja y su celda. Los resúmenes, las cifras de contexto y los comentarios no están en este libro y se conservan tal cual. La celda de idioma de arriba indica en qué idioma están los nombres de las hojas, los encabezados y las listas desplegables: no la cambie.
workbook-about-question-columns = Columnas de las hojas de dominio
workbook-about-source-columns = Columnas de la hoja «{ workbook-sheet-sources }»
workbook-about-finding-columns = Columnas de la hoja «{ workbook-sheet-findings }»
workbook-about-domains = Hojas de dominio
workbook-about-notice = Advertencia
workbook-about-indicator-texts = Textos de los indicadores
workbook-about-set-notice = Serie del marco

## Por qué se rechaza una celda de un libro rellenado (tras «Hoja!Celda: »)

# $value: el valor de error de la hoja de cálculo, por ejemplo #N/A.
workbook-reason-error-value = contiene el valor de error { $value }
workbook-reason-date = contiene una fecha o una hora ({ $value }), no texto; dé a la celda formato de texto y escriba de nuevo el valor
# $chars: la longitud de la celda; $start: sus primeros caracteres; $limit: el texto más largo admitido.
workbook-reason-too-long = contiene { $chars } caracteres («{ $start }…»); el límite es { $limit }
# $what: workbook-list-what; $choices: las etiquetas de la lista, separadas por comas.
workbook-reason-not-in-list = «{ $value }» no es { $what }; use uno de estos valores: { $choices }
# $from, $to: el primer y el último año admitidos.
workbook-reason-not-a-year = «{ $value }» no es un año (un número entero de { $from } a { $to })
# $row: la última fila que se lee.
workbook-reason-below-last-row = el contenido bajo la fila { $row } no se lee; bórrelo
workbook-reason-header = el encabezado debería ser «{ $expected }», pero es «{ $found }»; no mueva, inserte ni borre columnas
# $languages: los códigos de idioma que puede tener un libro.
workbook-reason-language = debería indicar el idioma del libro ({ $languages }), pero contiene «{ $found }»; exporte un libro nuevo en lugar de cambiar esta celda
# $field: la etiqueta de la celda (workbook-id-*); $found: su valor; $expected: el valor guardado.
workbook-reason-identity = { $field } es «{ $found }», pero la evaluación sobre la que se lee tiene «{ $expected }»; importe un libro exportado de esa evaluación
workbook-reason-content-changed = la evaluación cambió después de exportar este libro (alguien guardó una modificación entretanto); exporte un libro nuevo y copie en él sus cambios, para no sobrescribir nada de lo guardado
# $expected: la versión de formato que lee este mgi; $found: lo que contiene la celda.
workbook-reason-layout = debería indicar la versión del formato del libro ({ $expected }), contiene «{ $found }»: este libro lo exportó una versión anterior de mgi, cuyas columnas son otras; exporte un libro nuevo y copie en él su trabajo
workbook-reason-no-indicator = la fila tiene contenido pero no tiene ID de indicador
# $set: la serie del marco, por ejemplo mgi-national v1.
workbook-reason-unknown-indicator = indicador desconocido «{ $id }» (no está en { $set })
# $home: el nombre de la hoja a la que pertenece el indicador.
workbook-reason-wrong-sheet = el indicador «{ $id }» pertenece a la hoja «{ $home }», no a esta
# $first: la celda donde aparece primero, por ejemplo Derechos!A2.
workbook-reason-duplicate-indicator = el indicador «{ $id }» aparece dos veces (también en { $first })
# $before: la respuesta guardada; $unknown: la etiqueta de la respuesta «desconocido».
workbook-reason-answer-withdrawn = vacía, pero la respuesta era «{ $before }»; una respuesta no puede retirarse en el libro (elija «{ $unknown }» en su lugar)
# $columns: los encabezados de las celdas rellenadas, separados por comas.
workbook-reason-answer-needed = vacía, pero la fila tiene { $columns }; elija una respuesta: { $choices }
workbook-reason-duplicate-key = la clave «{ $key }» se usa dos veces (también en { $first })
workbook-reason-kind-missing = vacía; una fuente necesita un tipo: { $choices }
# $value: el valor de la celda; $domains: los nombres de las hojas de dominio, separados por comas.
workbook-reason-not-a-domain = «{ $value }» no es un dominio; elija entre { $domains }
workbook-reason-domain-needed = vacía; una conclusión nueva necesita un dominio: { $domains }
# $choices: los tipos de conclusión, separados por comas.
workbook-reason-finding-kind-missing = vacía; una conclusión necesita un tipo: { $choices }
# $key: la clave de la conclusión de la fila.
workbook-reason-unknown-finding = ninguna conclusión tiene la clave «{ $key }» (¿eliminada desde la exportación?); para añadirla de nuevo, copie sus celdas en una fila vacía más abajo
# $domain: el nombre de la hoja del dominio de la conclusión.
workbook-reason-domain-changed = la conclusión «{ $key }» pertenece al dominio { $domain }, que no puede cambiar aquí; escríbala en una fila vacía con el otro dominio y elimine esta conclusión en su página
# $version: la versión con la que se exportó la fila; $current: la versión guardada ahora.
workbook-reason-finding-stale = otra persona guardó la conclusión «{ $key }» después de exportar este libro (versión { $current }; esta fila tiene la versión { $version }); exporte un libro nuevo y copie en él sus cambios, para no sobrescribir nada de lo guardado
workbook-reason-not-a-version = «{ $value }» no es la versión que escribió la exportación (un número entero); no cambie esta celda
# $values: los nombres dados, cada uno entre comillas (workbook-quoted), separados por comas;
# $count: cuántos; $set: la serie del marco, por ejemplo mgi-national v1.
workbook-reason-unknown-indicators =
    nombra { $values }, { $count ->
        [one] que no es un indicador
       *[other] que no son indicadores
    } de { $set }; indique cada uno por su ID o su nombre, uno por línea
# $value: el texto de la celda; $sheet: el nombre de la hoja de fuentes.
workbook-reason-unknown-source = «{ $value }» no es una fuente de la hoja «{ $sheet }»; elija una de la lista desplegable
# $source: el encabezado de la columna de fuente de al lado.
workbook-reason-pinpoint-without-source = una referencia precisa sin fuente: elija la fuente en la columna «{ $source }» de al lado
# Una regla de la evaluación que incumple el valor de la celda. $message: la regla, tal como la enuncia el modelo.
workbook-reason-rule = «{ $value }»: { $message }
# $text: un valor citado en una lista.
workbook-quoted = «{ $text }»

## Por qué no se lee en absoluto un libro rellenado

# $detail: lo que dijo el lector de XLSX.
workbook-error-unreadable = no es un libro XLSX legible (guárdelo desde Excel o LibreOffice como .xlsx): { $detail }
# $sheet: la hoja que falta; $found: las hojas del libro, separadas por comas.
workbook-error-missing-sheet = falta la hoja «{ $sheet }» (¿borrada o renombrada?); el libro tiene: { $found }
# $names: el nombre de la hoja «Acerca de» en cada idioma, separados por comas.
workbook-error-no-about = no hay hoja «Acerca de» ({ $names }): no es un libro de cuestionario de mgi, o esa hoja se borró o se renombró; el libro tiene: { $found }
# El archivo no es un archivo zip (el formato de los archivos .xlsx).
workbook-error-not-xlsx = este archivo no es un libro XLSX (¿un archivo .xls, .ods o .csv, o un libro protegido con contraseña?); guárdelo desde Excel o LibreOffice como .xlsx, sin contraseña, e impórtelo de nuevo
workbook-error-damaged = el libro está dañado: una parte del archivo no se puede descomprimir (¿se cortó al copiarlo o descargarlo?); ábralo en Excel o LibreOffice, guárdelo de nuevo como .xlsx e impórtelo otra vez
# $limit: en megabytes.
workbook-error-too-large = el libro es demasiado grande una vez descomprimido (más de { $limit } MB); guárdelo de nuevo sin hojas ni imágenes de más
workbook-error-part-too-large = una parte del libro (una hoja, una imagen o la lista de sus textos) es demasiado grande una vez descomprimida (más de { $limit } MB); guárdelo de nuevo sin filas ni imágenes de más
# $limit: el número máximo de partes de un libro.
workbook-error-too-many-parts = el libro tiene demasiadas partes (más de { $limit } hojas, imágenes y otros elementos); guárdelo de nuevo sin hojas ni imágenes de más
workbook-error-too-many-texts = el libro contiene demasiados textos distintos (más de { $limit }); borre las hojas y filas que no forman parte del cuestionario y guárdelo de nuevo
workbook-error-too-many-cells = una hoja del libro tiene demasiadas celdas (más de { $limit }); borre las filas y columnas que no forman parte del cuestionario y guárdelo de nuevo
# $limit: en megabytes; $sheet: la hoja que se leía cuando se alcanzó el límite.
workbook-error-too-much-text = las columnas del cuestionario contienen demasiado texto (más de { $limit } MB, alcanzados en la hoja «{ $sheet }»); borre las filas que no forman parte del cuestionario y guárdelo de nuevo

## Por qué no se puede escribir un libro (exportación)

# $set, $version: la serie del marco de la evaluación.
workbook-error-unknown-set = la evaluación usa la serie del marco { $set } versión { $version }, que este marco no tiene
# $column: el encabezado de la columna; $id: el indicador; $sheet, $cell: dónde se escribiría;
# $length: la longitud del texto; $limit: lo máximo que admite una celda de hoja de cálculo.
workbook-error-indicator-text-too-long = no se puede exportar el libro: el campo «{ $column }» del indicador { $id } (celda { $sheet }!{ $cell }) tiene { $length } caracteres, más de los { $limit } que admite una celda de hoja de cálculo; acórtelo y vuelva a exportar
# $key: la clave de la fuente.
workbook-error-source-text-too-long = no se puede exportar el libro: el campo «{ $column }» de la fuente «{ $key }» (celda { $sheet }!{ $cell }) tiene { $length } caracteres, más de los { $limit } que admite una celda de hoja de cálculo; acórtelo y vuelva a exportar
# $key: la clave de la conclusión.
workbook-error-finding-text-too-long = no se puede exportar el libro: el campo «{ $column }» de la conclusión «{ $key }» (celda { $sheet }!{ $cell }) tiene { $length } caracteres, más de los { $limit } que admite una celda de hoja de cálculo; acórtelo y vuelva a exportar
workbook-error-text-too-long = no se puede exportar el libro: el texto de la celda { $sheet }!{ $cell } tiene { $length } caracteres, más de los { $limit } que admite una celda de hoja de cálculo; acórtelo y vuelva a exportar
# $detail: lo que indicó el programa de escritura XLSX.
workbook-error-write-cell = no se puede escribir el libro en { $sheet }!{ $cell }: { $detail }
workbook-error-write = no se puede escribir el libro: { $detail }

## mgi workbook (línea de comandos)

# $jurisdiction: un código de país o localidad; $year: el año del ciclo; $path: un archivo.
workbook-cli-written = libro de { $jurisdiction } { $year } escrito en { $path }
# $answers, $findings, $sources: cuántas se guardaron (conclusiones: guardadas o añadidas).
workbook-cli-saved = { $jurisdiction } { $year }: { $answers } respuesta(s), { $findings } conclusión(es) y { $sources } fuente(s) guardada(s) desde { $path }
workbook-cli-nothing-stored = { $path }: no se guardó nada
# $size: el tamaño del archivo en bytes; $max: el tamaño más grande admitido.
workbook-cli-too-big = { $path }: { $size } bytes; un libro puede tener como máximo { $max }
