## El informe de la importación de un perfil publicado a un borrador (mgi import profile)

import-part = { $part ->
        [front-matter] preliminares
        [contents] índice
        [objectives] objetivos
        [introduction] introducción
        [conceptual-framework] marco conceptual
        [summary] resumen
        [context] contexto
        [key-findings] principales conclusiones
        [annex] anexo
        [after-the-assessment] después de la evaluación
        [the-mgi-process] proceso de los IGM
        [key-sources] fuentes principales
       *[other] { $part }
    }
import-warning-no-jurisdiction = no se indicó ningún país o localidad: el borrador usa el código provisional { $code }; indique --jurisdiction
import-warning-no-year = no se encontró el año del ciclo en el título; indique --year
import-warning-not-in-m49 = { $code } no figura en la tabla M49 de las Naciones Unidas: la región se fijó en { $region }, corríjala
import-warning-part-missing = no se encontró la parte «{ $part }» (falta el título)
import-warning-no-context = no se reconoció ninguna cifra de contexto
import-warning-no-source-caption = contexto: no se encontró ninguna leyenda «Source:»; las cifras remiten a una fuente provisional que hay que completar
import-warning-convention-unreadable = línea { $line }: fila de convención sin ratificación legible («{ $status }»)
import-warning-convention-unmatched = línea { $line }: ningún indicador corresponde a la convención «{ $name }»
import-warning-no-findings = no se reconoció ninguna conclusión en las principales conclusiones
import-warning-domain-without-findings = el dominio { $domain } no tiene conclusiones
import-warning-footnote-without-marker = línea { $line }: la nota { $n } no tiene llamada en el texto; se adjuntó a la conclusión { $finding }
import-warning-footnote-twice = línea { $line }: la nota { $n } aparece dos veces; se conserva la primera
import-warning-marker-without-footnote = línea { $line }: la llamada de nota { $n } no tiene texto de nota
import-warning-no-key-sources = no se reconoció ninguna fuente principal

## Por qué un archivo no pudo leerse como perfil
import-error-empty = el archivo está vacío
import-error-too-large = el archivo tiene { $bytes } bytes; un perfil tiene como máximo { $max }
import-error-not-utf8 = el archivo no es texto UTF-8 (byte no válido en la posición { $offset }); conviértalo, por ejemplo con iconv
import-error-binary = el archivo parece binario (un byte NUL en la posición { $offset }); entregue el perfil en PDF, Word (.docx), texto o Markdown
import-error-no-framework = no hay un conjunto de indicadores { $level } para la evaluación
import-error-assessment = es un documento de evaluación (JSON mgi-assessment), no un perfil; impórtelo con `mgi assessment import`
import-error-json = es un archivo JSON, no un perfil; entregue el perfil en PDF, Word (.docx), texto o Markdown
import-error-workbook = es un libro (XLSX), no un perfil; un cuestionario se lee con `mgi workbook import`
import-error-archive = es un archivo zip, pero ni un documento Word ni un libro
import-error-not-a-profile = no parece un perfil de los IGM: no se encontró ninguna de sus partes (resumen, contexto, principales conclusiones, fuentes principales) ni ninguna conclusión
import-error-pdf-damaged = el PDF no puede leerse: su estructura está dañada
import-error-pdf-encrypted = el PDF está cifrado; guarde una copia sin contraseña e importe esa
import-error-pdf-image-only = el PDF no tiene capa de texto (sus { $pages } página(s) son imágenes): necesita primero reconocimiento de caracteres (por ejemplo ocrmypdf); luego importe el resultado
import-error-pdf-too-many-pages = el PDF tiene { $pages } páginas; un perfil tiene como máximo { $max }
import-error-pdf-page = página { $page }: su texto no puede leerse (contenido dañado)
import-error-docx-damaged = el documento Word no puede leerse: su archivo zip está dañado
import-error-docx-no-body = el archivo zip no tiene cuerpo Word (word/document.xml)
import-error-docx-too-many-entries = el documento Word tiene más de { $max } partes
import-error-docx-part-too-large = la parte { $part } del documento Word ocupa más de { $max } MiB descomprimida
import-error-docx-xml = la parte { $part } del documento Word no es XML bien formado (en el byte { $position })
