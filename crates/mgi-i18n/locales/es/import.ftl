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
