# La línea de comandos (`mgi`): lo que muestra para las personas, en la salida estándar y en la
# salida de errores. Las salidas para programas (JSON, CSV, archivos exportados, listas separadas
# por tabuladores) conservan sus códigos y no están aquí; los textos de `--help` están en help.ftl;
# las pruebas de rendimiento (herramientas de desarrollo) siguen en inglés.
# $file es una ruta y $url la dirección de una base de datos, tal como se dieron; $jurisdiction es
# un código (MNG, GHA-accra) y $year un ciclo, tal como se escriben.

## Errores

# $message: lo que falló (los rechazos de la base de datos son los mensajes refusal-*).
cli-error = Error: { $message }
# $reason: la explicación del sistema.
cli-no-runtime = no se puede iniciar el entorno de ejecución asíncrono: { $reason }
cli-cannot-read = no se puede leer { $file }
cli-cannot-write = no se puede escribir { $file }
cli-not-utf8 = { $file }: no es texto UTF-8
cli-config-unreadable = no se puede leer la configuración { $file }
cli-cannot-open-db = no se puede abrir la base de datos { $url }
cli-no-temp-folder = no se puede crear una carpeta temporal
# $file: una de las evaluaciones de referencia incluidas en mgi.
cli-reference-assessment = evaluación de referencia { $file }
# $count (número): cuántos problemas se listan arriba.
cli-problems-nothing-stored =
    { $count ->
        [one] { $count } problema; no se guardó nada
       *[other] { $count } problemas; no se guardó nada
    }

## mgi framework

# $count (número): cuántos problemas se listan arriba.
cli-framework-not-loaded =
    { $count ->
        [one] { $count } problema; el marco no se cargó
       *[other] { $count } problemas; el marco no se cargó
    }
# $indicators (número), $sets (las series, cli-framework-set cada una, separadas por comas),
# $objectives (número), $subcategories (número), $crosswalks (número).
cli-framework-summary = marco válido: { $indicators } indicadores; series { $sets }; { $objectives } objetivos del PMM; { $subcategories } subcategorías del ODS 10.7.2; { $crosswalks } tabla(s) de correspondencia
# $set: el identificador de la serie; $version: su versión; $count (número): sus indicadores.
cli-framework-set = { $set } v{ $version } ({ $count } indicadores)

## mgi assessment, mgi check

# $answers, $findings, $sources (números): lo que contiene el documento.
cli-assessment-valid = { $file }: evaluación { $jurisdiction } { $year } válida ({ $answers } respuestas, { $findings } conclusiones, { $sources } fuentes)
cli-assessment-stored = evaluación { $jurisdiction } { $year } guardada ({ $answers } respuestas, { $findings } conclusiones)
cli-assessment-exists = { $file }: la evaluación { $jurisdiction } { $year } ya está guardada; añada --replace para reemplazarla
cli-assessment-none = no hay evaluaciones guardadas (pruebe: mgi assessment import ARCHIVO)
# $version (número): la versión del registro, para el bloqueo optimista.
cli-assessment-record-version = (versión del registro: { $version })
# Los tres recuentos de `mgi check`, cada uno seguido de su número (el programa los alinea).
cli-check-no-indicator = conclusiones sin indicador:
cli-check-unknown-sources = citas de fuentes desconocidas:
cli-check-uncited = fuentes nunca citadas:
cli-check-refused = valores que las reglas rechazan:
# $place: una conclusión o una respuesta; $key: la clave de la fuente citada.
cli-check-cites = { $place } cita { $key }

## mgi import profile

# $lines, $summaries, $figures, $conventions, $findings, $footnotes, $sources, $consultations,
# $unplaced, $warnings: números leídos en el perfil.
cli-import-report = { $file }: { $lines } líneas; { $summaries } resúmenes, { $figures } cifras de contexto, { $conventions } convenciones, { $findings } conclusiones ({ $footnotes } notas al pie asociadas), { $sources } fuentes, { $consultations } consulta(s); { $unplaced } línea(s) sin ubicar, { $warnings } advertencia(s)
# $warning: lo que la importación notó (en inglés).
cli-import-warning = advertencia: { $warning }
# $line (número): la línea; $part: la parte del perfil (un código); $text: sus primeras palabras.
cli-import-unplaced = sin ubicar: línea { $line } ({ $part }): { $text }
# $count (número): las líneas sin ubicar además de las mostradas.
cli-import-more = … y { $count } más en el informe

## mgi import profiles

cli-import-batch-column = { $column ->
        [file] archivo
        [jurisdiction] país o localidad
        [year] año
        [language] idioma
        [findings] conclusiones
        [sources] fuentes
        [unplaced] líneas no ubicadas
        [warnings] advertencias
       *[result] resultado
    }
cli-import-batch-checked = leído
cli-import-batch-written = escrito en { $file }
cli-import-batch-stored = guardado
cli-import-batch-not-kept = leído, no conservado: { $reason }
cli-import-batch-refused = rechazado: { $reason }
cli-import-batch-done = { $files } archivo(s) leído(s), { $refused } rechazado(s) o no conservado(s)
cli-import-batch-too-many = se encontraron { $count } archivos; una ejecución lee como máximo { $max }

## mgi render

cli-render-pdf-terminal = un PDF no se muestra en un terminal: indique -o ARCHIVO o redirija la salida

## mgi context import

# $count (número): las filas erróneas; $good (número): las cifras que se podrían guardar.
cli-context-problems = { $count } problema(s): no se guardó nada (corrija el archivo, o añada --skip-bad para guardar las { $good } cifras correctas)
# $source: el título de la tabla; $figures, $skipped, $added, $replaced, $rounds: números.
cli-context-imported = { $source }: { $figures } cifras leídas ({ $skipped } filas de agregados omitidas); { $added } añadidas, { $replaced } reemplazadas en { $rounds } ciclo(s)
# $jurisdictions: códigos separados por comas.
cli-context-no-round = ningún ciclo en curso para: { $jurisdictions } (ninguno guardado, o publicado o validado)

## mgi demo

cli-demo-accounts = cuentas de demostración (inicio de sesión en /login):
cli-demo-unchanged = (sin cambios)
# $backend: sqlite o postgres.
cli-demo-database = base de datos: { $url } ({ $backend })
# $name: el nombre del país o de la localidad; $set, $version: la serie del marco; $stage: el nombre de la etapa.
cli-demo-assessment = evaluación { $jurisdiction } { $year } ({ $name }), { $set } v{ $version }, etapa «{ $stage }»
# $answers, $findings, $sources, $figures, $conventions: números; $consistency: uno de los dos
# mensajes cli-demo-consistency-*.
cli-demo-counts = { $answers } respuestas, { $findings } conclusiones, { $sources } fuentes, { $figures } cifras de contexto, { $conventions } convenciones; coherencia: { $consistency }
cli-demo-consistency-clean = sin problemas
cli-demo-consistency-problems = con problemas (ejecute mgi check)
cli-demo-temporary = La base de datos es temporal y desaparece al detener la demo; `mgi demo --keep` la conserva y muestra el `--db` que dar a los demás comandos.
cli-demo-explore = Para explorarla: mgi --db { $url } assessment list

## mgi serve

# $addr: la dirección servida, por ejemplo 127.0.0.1:8080.
cli-serve-listening = portal: http://{ $addr }/ (perfiles publicados en /profiles/<código>/<año>); detener con Ctrl-C
cli-cannot-serve = no se puede servir en { $addr }

## mgi user

cli-user-assessment-format = --assessment se escribe CÓDIGO/AÑO, por ejemplo MNG/2026
# $value: lo que se dio; $year: la parte tras la barra.
cli-user-assessment-year = --assessment { $value }: «{ $year }» no es un año
cli-password-unreadable = no se puede leer la contraseña de la entrada estándar
cli-password-missing = sin contraseña: defina MGI_PASSWORD o dela en la entrada estándar
# $user: el nombre de usuario; $role: el nombre del rol (web-role-*).
cli-user-created = usuario { $user } creado ({ $role })
# $user: el nombre de usuario; $label: para qué sirve el token; $days (número): cuánto tiempo vale.
cli-token-issued = token para { $user } ({ $label }), válido { $days } días; se muestra una sola vez:
# $count (número): cuántos tokens se revocaron.
cli-tokens-revoked =
    { $count ->
        [one] { $count } token revocado
       *[other] { $count } tokens revocados
    }

## mgi round, mgi diff, mgi aggregate

# $from: el ciclo de partida; $answers, $unanswered: números.
cli-round-started = ciclo { $jurisdiction } { $year } iniciado a partir de { $from }: { $answers } respuestas trasladadas (por volver a verificar), { $unanswered } indicadores sin respuesta
# $indicators: identificadores de indicadores separados por comas.
cli-round-retired = retirados por el marco: { $indicators }
cli-round-merged = fusionados a partir de respuestas discrepantes, puestos en «desconocido»: { $indicators }
cli-assessment-migrated = { $jurisdiction } { $year } utiliza ahora la versión { $version } del marco: { $answers } respuestas, { $unanswered } indicadores sin respuesta
cli-assessment-migrated-added = nuevos en esta versión: { $indicators }
# $from, $to: los años de los dos ciclos.
cli-diff-heading = { $jurisdiction } de { $from } a { $to }
# $kind (código): new, amended o removed; $title: el título de la fuente; $key: su clave en el
# registro.
cli-diff-source =
    { $kind ->
        [new] fuente nueva: { $title } ({ $key })
        [amended] fuente modificada: { $title } ({ $key })
       *[removed] fuente retirada: { $title } ({ $key })
    }
# $indicator: el identificador del indicador; $from, $to: tipos de conclusión (cli-finding-kind).
cli-diff-finding-moved = conclusión sobre { $indicator }: { $from } -> { $to }
# $count (número): los países o localidades contados.
cli-aggregate-gcm = Objetivos del PMM en { $count } país(es) o localidad(es); respuestas por valor (sin contar «no aplicable»)

## mgi export data

# $count (número): las evaluaciones publicadas del paquete.
cli-export-data = paquete de datos en { $file } ({ $count } evaluaciones publicadas):
# $count (número): las filas de una tabla; el número mismo se muestra antes, alineado.
cli-export-rows =
    { $count ->
        [one] fila
       *[other] filas
    }

## mgi backup, mgi restore

# $tool: pg_dump o pg_restore.
cli-pg-tool-missing = no se encuentra { $tool }: instale el cliente de PostgreSQL (Debian: postgresql-client)
# $command: la orden ejecutada.
cli-cannot-run = no se puede ejecutar { $command }
# $command: el programa; $output: lo que escribió en la salida de errores.
cli-command-failed = { $command } falló: { $output }
cli-backup-exists = { $file } ya existe: elija un archivo nuevo
cli-backup-written = copia de seguridad de { $url } escrita en { $file }
cli-not-a-backup = { $file } no es un archivo de copia de seguridad
# $count (número): las evaluaciones que contiene la base de datos.
cli-restore-not-empty = { $url } contiene { $count } evaluación(es): restaure en una base de datos vacía
cli-restore-target-exists = { $file } ya existe: restaure en un archivo nuevo (dé a --db una ruta que no exista)
# $count (número): las evaluaciones restauradas.
cli-restored = { $file } restaurado en { $url } ({ $count } evaluaciones)
# A finding only the later round has, or only the earlier: $finding (its key), $kind, $text.
cli-diff-finding-new = conclusión nueva { $finding } ({ $kind }): { $text }
cli-diff-priority = prioridad «{ $text }»: { $before } → { $after }
cli-diff-finding-retired = conclusión retirada { $finding } ({ $kind }): { $text }
# The server's log settings refused: $name (MGI_LOG or RUST_LOG), $value as given, $reason.
cli-log-filter = { $name }: { $value } no es un filtro de registro ({ $reason })
cli-log-format = MGI_LOG_FORMAT: { $value }: se espera «text» o «json»
