# Lo que está mal en los archivos del marco (framework/*.yaml), tal como `mgi framework check`
# lo enumera después de «archivo:línea: ». Cada mensaje empieza en minúscula. Los identificadores,
# códigos, claves YAML y nombres de archivo se citan tal como están escritos en los archivos; $set
# nombra una serie del marco, $version su versión.

# El encabezado de los problemas de un marco rechazado, uno por línea debajo.
framework-problems =
    { $count ->
        [one] { $count } problema en los archivos del marco:
       *[other] { $count } problemas en los archivos del marco:
    }

## Lectura de los archivos

# $reason: lo que respondió el sistema operativo (con sus propias palabras).
framework-cannot-read-folder = no se puede leer la carpeta: { $reason }
framework-cannot-read-file = no se puede leer el archivo: { $reason }
# $offset: el byte donde el texto deja de ser UTF-8.
framework-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset })
framework-no-files = no hay archivos del marco (*.yaml) en esta carpeta
framework-unknown-file = archivo del marco desconocido: se esperaba gcm.yaml, sdg-10-7-2.yaml, indicators/, sets/, crosswalks/ o coverage/
# $detail: el mensaje del lector de YAML, en inglés: un error de sintaxis, o un archivo que no
# tiene la forma esperada (un campo desconocido o que falta, un valor de tipo incorrecto).
framework-invalid-yaml = YAML no válido: { $detail }
framework-missing-gcm = falta un archivo: el archivo de los objetivos del PMM es obligatorio
framework-missing-sdg = falta un archivo: la configuración del ODS 10.7.2 es obligatoria
framework-no-set = ninguna serie del marco: se necesita al menos un archivo sets/*.yaml

## Textos en varios idiomas

# $field: el campo (framework-field-*, con su artículo); $problem: lo que está mal en una de sus
# entradas (framework-text-*).
framework-text = en { $field }: { $problem }
framework-no-english = { $field } no tiene texto en inglés (en)
# Los campos, con su artículo. $id: un identificador o número tal como está escrito en el archivo;
# $kind: el tipo de un cambio de una tabla de correspondencia tal como está escrito (moved, split,
# merged, added, retired).
framework-field-notice = la advertencia
framework-field-title = el título
framework-field-objective-short = el nombre corto del objetivo { $id } del PMM
framework-field-objective-title = el título del objetivo { $id } del PMM
framework-field-category-label = la etiqueta de la categoría { $id }
framework-field-domain-name = el nombre del dominio { $id }
framework-field-domain-principle = el principio del dominio { $id }
framework-field-subcategory-label = la etiqueta de la subcategoría { $id }
framework-field-subarea-name = el nombre de la subárea { $id }
framework-field-name = el nombre del indicador { $id }
framework-field-question = la pregunta del indicador { $id }
framework-field-guidance = la guía del indicador { $id }
framework-field-change-note = la nota del cambio «{ $kind }»
# Lo que está mal en una entrada de un texto. $code, $lang: códigos de idioma tal como están
# escritos; $languages: los códigos que conoce mgi, separados por comas; $value: un estado tal como
# está escrito. «status» es la clave YAML.
framework-text-unknown-language = código de idioma desconocido «{ $code }» (se admiten: { $languages })
framework-text-status-unknown-language = status: código de idioma desconocido «{ $code }» (se admiten: { $languages })
framework-text-unknown-status = status: estado de traducción desconocido «{ $value }» para { $lang } (se admiten: draft, reviewed, official)
framework-text-status-without-text = status: { $lang } tiene un estado pero ningún texto en { $lang }
framework-text-status-for-source = status: en es el texto original y no lleva estado de traducción
framework-text-empty = el texto en { $lang } está vacío
framework-text-duplicate = { $lang } aparece dos veces
framework-text-duplicate-status = status: { $lang } aparece dos veces

## Objetivos del PMM y configuración del ODS 10.7.2

# $number: el número de un objetivo del PMM.
framework-duplicate-objective = el objetivo { $number } del PMM aparece dos veces
# $answer: una clave de answer_values tal como está escrita.
framework-unknown-answer = answer_values: respuesta desconocida «{ $answer }» (present, partial, absent)
framework-duplicate-subcategory = la subcategoría «{ $id }» aparece dos veces
# $number: el número de un dominio del ODS 10.7.2.
framework-unknown-sdg-domain = dominio del ODS desconocido: { $number }

## El catálogo de indicadores

framework-id-not-kebab = el identificador de indicador «{ $id }» debe estar en minúsculas, con las palabras unidas por guiones (kebab-case)
# $file, $line: donde se define el indicador por primera vez.
framework-duplicate-indicator = el identificador de indicador «{ $id }» aparece dos veces (la primera en { $file }:{ $line })
framework-no-gcm-mapping = el indicador { $id } no está vinculado a ningún objetivo del PMM
framework-unknown-objective = indicador { $id }: objetivo del PMM desconocido: { $number }
# $subcategory: una subcategoría del ODS 10.7.2 tal como está escrita.
framework-unknown-subcategory = indicador { $id }: subcategoría del ODS 10.7.2 desconocida «{ $subcategory }»

## Series del marco

framework-set-level-both = el nivel de una serie es nacional o local, no ambos
framework-duplicate-set = la serie { $set } versión { $version } aparece dos veces
framework-duplicate-domain-id = el identificador de dominio «{ $id }» aparece dos veces
framework-duplicate-domain-number = el número de dominio { $number } aparece dos veces
framework-duplicate-subarea-id = el identificador de subárea «{ $id }» aparece dos veces
framework-unknown-indicator = indicador desconocido «{ $id }»
# $level (código: national, local, both): el nivel del indicador; $set_level (national, local):
# el de la serie.
framework-wrong-level =
    el indicador { $id } es de nivel { $level ->
        [national] nacional
        [local] local
       *[other] nacional y local
    } y no puede figurar en una serie { $set_level ->
        [national] nacional
       *[other] local
    }
# $line: la línea donde el indicador se coloca por primera vez.
framework-placed-twice = el indicador { $id } está colocado dos veces (también en la línea { $line })
framework-not-placed = el indicador { $id } no está colocado en ninguna serie
# $other: el indicador colocado antes en la serie con el mismo nombre; $lang: el código del idioma
# de los nombres (en, fr, es…); $name: el nombre tal como está escrito.
framework-duplicate-name = el indicador { $id } tiene el mismo nombre en { $lang } que { $other } en esta serie, «{ $name }»: cada indicador de una serie necesita un nombre propio

## Tablas de correspondencia

framework-unknown-set = serie desconocida: { $set } versión { $version }
# $kind: el tipo del cambio tal como está escrito (moved, added, retired; split, merged).
framework-change-needs-id = un cambio «{ $kind }» debe indicar un `id`
framework-change-needs-lists = un cambio «{ $kind }» debe indicar las listas `from` y `to`
# $set: una serie del marco con su versión (mgi-national v2).
framework-not-in-set = { $id } no es un indicador de { $set }
framework-disappears = { $id } desaparece en { $set } pero no está retirado (retired), dividido (split) ni fusionado (merged)
framework-new-unexplained = { $id } es nuevo en { $set } pero no está añadido (added) ni es el resultado de una división (split) o una fusión (merged)
